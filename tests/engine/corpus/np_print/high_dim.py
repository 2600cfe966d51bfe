import numpy as np
print(np.zeros((2, 2, 2)))
print(np.arange(8.0).reshape(2, 2, 2) / 4)
print(np.ones((1, 1, 1, 3), dtype=int))
print(np.arange(36).reshape(3, 1, 3, 4))
print(np.zeros((2, 1, 0)))
print(repr(np.arange(8).reshape(2, 2, 2)))
print(repr(np.arange(16).reshape(2, 2, 2, 2) * 0.5))
