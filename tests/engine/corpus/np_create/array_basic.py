import numpy as np
a = np.array([1, 2, 3])
b = np.array([1.0, 2, 3])
c = np.array([[1, 2], [3, 4]])
d = np.array([True, False])
for x in [a, b, c, d]:
    print(x, x.dtype, x.shape, x.ndim, x.size)
print(np.array(5), np.array(5).shape, np.array(5).ndim, np.array([]).shape, np.array([]).dtype)
print(np.array([1, 2.5, True]).dtype, np.array([1, True]).dtype, np.array([[1], [2]]).shape)
print(np.array((1, 2)), np.array([[1, 2]], dtype=float), np.array(range(4)))
print(repr(a), repr(b), repr(d))
