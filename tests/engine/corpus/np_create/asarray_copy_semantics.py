import numpy as np
a = np.array([1, 2, 3])
b = np.asarray(a)
c = np.array(a)
d = np.asarray(a, dtype=float)
a[0] = 100
print(b, c, d, b is a, c is a, d is a)
l = [1, 2]
e = np.asarray(l)
l[0] = 9
print(e)
f = a.copy()
f[1] = -1
print(a, f)
