import numpy as np
print(np.array([True, False, True]))
print(np.array([[True], [False]]))
print(repr(np.array([[True, False], [False, True]])))
print(np.array(True), repr(np.array(False)), np.arange(5) > 2, repr(np.arange(5) > 2))
print(np.zeros((2, 2, 2), dtype=bool))
