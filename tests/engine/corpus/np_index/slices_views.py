import numpy as np
a = np.arange(20).reshape(4, 5)
print(a[1:3], a[:, 1:4], a[::2, ::2], a[::-1], a[:, ::-1], a[1:, -2:], a[-1, ::-2], a[::-2, 1])
s = a[1:3, 1:3]
s[:] = 0
print(a)
s2 = a[:, 0]
s2 += 100
print(a[:, 0], s2.shape)
print(a[5:], a[5:].shape, a[:, 10:].shape, a[-10:2].shape)
v = np.arange(10)
w = v[::3]
w[:] = -1
print(v)
