import numpy as np
a = np.array([10, 20, 30, 40])
print(np.take(a, [0, 3]), a.take([1, 1]), np.take(np.arange(6).reshape(2, 3), [0, 2], axis=1))
np.put(a, [0, 2], [-1, -3])
print(a, np.take_along_axis(np.array([[1, 9], [8, 2]]), np.array([[1], [0]]), axis=1))
