import numpy as np
a = np.zeros(8)
a[0] = 1
a[-1] = 2
a[2:4] = [5, 6]
a[4:6] = 7
a[[6, 1]] = [8, 9]
print(a)
a[a > 5] = -1
print(a)
a[a < 0] *= 3
print(a)
m = np.zeros((3, 4), dtype=int)
m[1] = 1
m[:, 2] = [7, 8, 9]
m[0, :2] = np.array([4, 5])
m[2, [0, 1]] = 3
m[m == 0] = -5
print(m)
m[...] = 0
print(m)
m[1:, 1:] = np.arange(6).reshape(2, 3)
print(m)
m[:, :] = np.array([1, 2, 3, 4])
print(m)
