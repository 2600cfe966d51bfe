import numpy as np

a = np.zeros((4, 5), dtype=int)
a[[0, 2], 1:4] = 7
print(a)
a[a == 7] = np.arange(6)
print(a)
a[:, [0, -1]] += np.array([10, 20])
print(a)
rows = np.array([0, 1, 1, 3])
cols = np.array([4, 0, 0, 2])
a[rows, cols] = -1
print(a)
a[rows, cols] += 5
print(a)
b = np.arange(12).reshape(3, 4)
print(b[[0, 2]][:, [1, 3]])
print(b[np.ix_([0, 2], [1, 3])])
print(b[[True, False, True]])
print(b[:, b[0] % 2 == 0])
print(b[b > 4].reshape(-1, 1).T)
print(b[..., 1], b[1, ...], b[None, 0].shape)
c = b.copy()
c[c > 5] *= -1
print(c)
m = np.array([[True, False, True, False]] * 3)
c[m] = 0
print(c)
print(np.nonzero(c)[0][:5], np.argwhere(c < 0)[:2])
print(b[[-1, -2]], b[-1, [-1, 0]])
d = np.arange(10)
d[::3] = 100
print(d)
d[[1, 1, 1]] += 1
print(d)
