import numpy as np
m = np.array([[1, 2, 3], [4, 5, 6]])
print(m.shape, m[1], m[1][2], m[1, 2], m.tolist(), type(m.tolist()[0][0]).__name__)
t = np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
print(t.shape, t.ndim, t[1, 0], t[:, :, 0])
print(np.array([np.array([1, 2]), np.array([3, 4])]), np.array([[1.5], [2]]))
try:
    np.array([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
