import numpy as np
print(np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])])
print(np.c_[np.ones((2, 2)), np.zeros(2)])
print(np.r_[np.array([1, 2]), 0, np.array([3])], np.r_[0:3, 7], np.c_[[1, 2]])
x = np.array([[1.0], [2.0]])
print(np.c_[np.ones(x.shape[0]), x])
