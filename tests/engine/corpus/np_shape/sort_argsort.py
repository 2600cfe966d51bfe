import numpy as np
a = np.array([3, 1, 2, 5, 4, 1])
# default (quicksort) argsort order of ties is SIMD-dependent in NumPy: only tie-free inputs here
u = np.array([3, 1, 2, 5, 4, 0])
print(np.sort(a), np.argsort(u), np.sort(a)[::-1], np.argsort(-u), a, np.argsort(a, kind="stable"), np.argsort(-a, kind="stable"))
m = np.array([[3, 1, 2], [9, 7, 8]])
print(np.sort(m), np.sort(m, axis=0), np.sort(m, axis=None), np.argsort(m, axis=1), np.argsort(m, axis=0))
b = a.copy()
b.sort()
print(b)
f = np.array([0.5, np.nan, -1.0, 2.0])
print(np.sort(f), np.argsort(f), np.argsort(a, kind="stable"))
