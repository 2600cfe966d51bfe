# np.dot of a float scalar and a float array of 1 or 2 dimensions (more than one element) goes through BLAS's daxpy into a zeroed output: a -0 product prints 0.; a 3-D array, a single element or an int result keep the product's sign
import numpy as np
a = np.array([[-1.5, 2.0, -0.0], [0.5, -3.0, 1.0]])
for s in [np.False_, 0.0, np.float64(0.0), np.float32(0), 0, np.int64(0)]:
    print(repr(np.dot(a, s)), repr(np.dot(s, a)), repr(np.dot(a[0], s)), repr(np.dot(a[0, :1], s)), repr(np.dot(a.astype(np.float32), s)), repr(np.dot(a[None], s)), repr(np.dot(a.astype(int), s)))
print(repr(np.dot(np.array(-1.5), 0.0)), repr(np.dot(-1.5, 0.0)), repr(np.dot(a.T, 0.0)), repr(np.dot(a[:, ::2], -0.0)), repr(np.dot(a, -2.0)))
