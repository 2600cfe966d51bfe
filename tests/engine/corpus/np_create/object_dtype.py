import numpy as np
a = np.empty(3, dtype=object)
print(a, a.dtype, repr(a))
a[0] = None
a[1] = "s"
a[2] = 3.5
print(a)
b = np.array([None, 1, "x"], dtype=object)
print(b, b[0] is None)
c = np.full(2, None)
print(c, c.dtype)
z = np.zeros(2, dtype=object)
print(z, type(z[0]).__name__)
