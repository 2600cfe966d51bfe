import numpy as np
a = np.array([1, 2, 3])
b = np.array([0.5, -1])
print(np.outer(a, b), np.outer(b, a).shape, np.outer([[1, 2]], [3, 4]))
print(np.outer(np.arange(3), np.ones(2)), np.outer(np.array([1.5]), np.array([2.0, -1.0])))
