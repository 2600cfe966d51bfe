import numpy as np
print(np.arange(30).reshape(2, 15) * 1.5)
print(np.arange(60).reshape(3, 20) - 30)
print(np.ones((2, 12)) / 7)
print(repr(np.arange(24).reshape(2, 12) * 1000))
print(np.arange(26).reshape(2, 13) > 10)
