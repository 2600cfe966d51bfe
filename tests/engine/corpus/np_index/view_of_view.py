import numpy as np
a = np.arange(20)
b = a[2:18]
c = b[::3]
d = c[1:]
d[:] = 0
print(a)
m = np.arange(16).reshape(4, 4)
sub = m[1:, ::-1][::2]
sub[0, 0] = -1
print(m)
t = m.T[::2]
t += 100
print(m)
