import numpy as np
print(np.array(["a", "bb", "ccc"]), repr(np.array(["a", "bb"])), np.array(["x"]).dtype)
print(np.array([None, 1, "s"], dtype=object), repr(np.array([None, 1], dtype=object)))
print(np.array([[1, "a"], [None, 2.5]], dtype=object))
