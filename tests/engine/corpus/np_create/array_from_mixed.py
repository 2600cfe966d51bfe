import numpy as np
print(np.array([1, 2.0]), np.array([True, 2]), np.array([[1, 2], [3.5, 4]]), np.array([np.float32(1), 2]).dtype)
print(np.array([np.int64(1), np.int64(2)]).dtype, np.array([np.float64(1.5)]), np.array((1, (2, 3)) if False else [1, 2, 3]))
print(np.array([[True], [False]]).dtype, np.array([1, None], dtype=object), np.array(range(3), dtype=float))
print(np.array([np.array([1.5]), np.array([2.5])]).shape, np.array([[1], [2]]).T, np.array(7.0).shape)
