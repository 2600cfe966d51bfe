import numpy as np
a = np.array([[1.5, 2.0], [3.0, 4.5]])
e = a[0, 1]
print(e, repr(e), type(e).__name__, e * 2, e + 1 == 3.0)
i = np.arange(3)[1]
print(i, repr(i), type(i).__name__, i + 1, repr(i + 1), repr(i * 1.5))
b = (a > 2)[1, 0]
print(b, repr(b), type(b).__name__, b and True, not b)
row = a[0]
print(row, type(row).__name__, row.shape, a[0:1].shape, a[:, 0:1].shape)
