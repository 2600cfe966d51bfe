import numpy as np
a = np.arange(12).reshape(3, 4)
t = a.T
r = t.reshape(-1)
r[0] = 100
print(a[0, 0], r[:4])
f = a.reshape(-1)
f[1] = 200
print(a[0, 1])
c = a[:, 1:3].reshape(-1)
c[:] = 0
print(a)
