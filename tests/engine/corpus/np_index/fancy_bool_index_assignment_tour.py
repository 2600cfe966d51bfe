import numpy as np
a = np.arange(20).reshape(4, 5)
print(a[[0, 2], [1, 3]], a[[0, 2]][:, [1, 3]], a[np.ix_([0, 2], [1, 3])])
print(a[a % 3 == 0], a[:, a[0] > 1], a[a[:, 0] > 4, 1:3])
b = a.copy()
b[b > 10] = -1
b[[0, 1], [0, 1]] = 100
b[:, [2]] = np.array([[7], [8], [9], [10]])
print(b)
c = np.zeros(5)
c[[0, 0, 1]] += 1
print(c)
np.add.at(c, [0, 0, 1], 1)
print(c)
d = np.arange(6)
d[d > 2] *= 10
d[::2] = d[1::2]
print(d)
mask = np.array([True, False, True, False])
print(a[mask], a[mask, -1], a[..., 0], a[-1, ::-2], a[1:, None, 2].shape)
e = np.zeros((3, 3))
e[np.arange(3), np.arange(3)] = [1, 2, 3]
e[np.triu_indices(3, 1)] = 5
print(e, np.diag_indices(3)[0])
idx = np.array([[0, 1], [2, 3]])
print(a[idx].shape, a[:, idx].shape, np.arange(10)[idx])
f = np.arange(12).reshape(3, 4)
f[f > 5] = np.array([60, 70, 80, 90, 100, 110])
print(f)
try:
    f[np.array([True, False])] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    f[[0, 5]]
except IndexError as e:
    print("IndexError:", e)
g = np.arange(5.0)
g[1:3] = np.nan
print(g, np.where(g > 2)[0], np.argwhere(np.isnan(g)).ravel())
