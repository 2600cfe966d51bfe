import numpy as np
a = np.arange(4)
b = a.astype(float)
c = a.astype(a.dtype)
d = a.astype(int, copy=False)
b[0] = 100
c[1] = 100
print(a, b, c, d is a, b.dtype, c.dtype)
e = np.asarray(a, dtype=float)
e[2] = -1
print(a, e)
