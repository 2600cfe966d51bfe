import numpy as np
a = np.arange(10)
v = a[2:6]
c = a[2:6].copy()
v[0] = -1
print(a, v, c)
b = a[::2]
b *= 10
print(a)
f = a[[1, 2]]
f[0] = 555
print(a[1], f)
r = a.reshape(2, 5)
r[1] = 0
print(a)
m = np.zeros((3, 3))
row = m[1]
row += 5
col = m[:, 2]
col -= 1
print(m)
