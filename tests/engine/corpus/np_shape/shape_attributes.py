import numpy as np
a = np.ones((2, 3, 4))
print(a.shape, a.ndim, a.size, a.dtype, len(a), a.itemsize, a.nbytes, a.T.shape, a[0].shape, a[0, 0].shape, a[0, 0, 0].shape)
s = np.float64(1.0)
print(np.shape(5), np.ndim([[1, 2]]), np.size([[1, 2, 3]]), np.shape([[1], [2]]), s.shape, s.ndim)
N, D = np.zeros((5, 7)).shape
print(N, D, type(N).__name__)
