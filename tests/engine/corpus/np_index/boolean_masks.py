import numpy as np
a = np.array([3, -1, 4, -1, 5, -9])
mask = a > 0
print(mask, a[mask], a[~mask], a[a % 2 == 0], a[(a > 0) & (a < 5)], a[[True, False] * 3])
m = np.arange(12).reshape(3, 4)
print(m[m > 5], m[m % 2 == 0].shape, m[np.array([True, False, True])], m[:, np.array([True, False, False, True])])
print(a[np.array([], dtype=bool)] if False else a[a > 100], a[a > 100].shape)
try:
    a[np.array([True, False])]
except IndexError as e:
    print("IndexError:", e)
