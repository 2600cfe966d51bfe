import numpy as np
a = np.array([[1, 2], [3, 4]])
print(np.repeat(a, 2), np.repeat(a, 2, axis=0), np.repeat(a, [1, 3], axis=1), np.repeat(3, 4), a.repeat(2, axis=1))
print(np.tile(np.array([1, 2]), 3), np.tile(a, 2), np.tile(a, (2, 1)), np.tile(np.array([1, 2]), (2, 2)))
print(np.broadcast_to(np.array([1, 2, 3]), (2, 3)), np.broadcast_arrays(np.array([1, 2]), np.array([[1], [2]]))[0])
