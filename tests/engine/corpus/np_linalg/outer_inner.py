import numpy as np
a = np.array([1, 2, 3])
b = np.array([0.5, -1])
print(np.outer(a, b), np.outer(b, a).shape, np.outer([[1, 2]], [3, 4]))
print(np.inner(np.eye(2), np.array([3, 4])), np.cross([1, 0, 0], [0, 1, 0]), np.kron([1, 2], [1, 10]))
