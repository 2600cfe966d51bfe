import numpy as np

for n, k, m in [(3, 0, None), (4, 1, None), (4, -1, None), (3, 0, 5), (4, 2, 2), (0, 0, None), (3, 5, None), (3, -5, None), (1, 0, 1)]:
    print(n, k, m, np.triu_indices(n, k, m), np.tril_indices(n, k=k, m=m))
r, c = np.triu_indices(3, 1)
print(r.dtype, c.dtype, type(np.triu_indices(3)).__name__)
a = np.arange(12.0).reshape(3, 4)
print(np.triu_indices_from(a), np.tril_indices_from(a, k=1), np.triu_indices_from(a, -2))
print(a[np.triu_indices_from(a)], a[np.tril_indices(3, -1, 4)])
mask = np.zeros((4, 4), dtype=bool)
mask[np.triu_indices(4, 1)] = True
print(mask)
s = np.ones((4, 4))
s[np.tril_indices(4, -1)] = -np.inf
print(s)
print(np.diag_indices(3), np.diag_indices(2, 3), np.diag_indices(0), np.diag_indices(4, ndim=1), np.diag_indices(2, 0))
print(np.diag_indices(3)[0].dtype)
z = np.zeros((3, 3, 3), dtype=int)
z[np.diag_indices_from(z)] = 7
print(z, np.diag_indices_from(np.eye(2)))
for f in [lambda: np.triu_indices_from(np.ones(3)), lambda: np.tril_indices_from(np.ones((2, 2, 2))),
          lambda: np.diag_indices_from(np.ones(3)), lambda: np.diag_indices_from(np.ones((2, 3)))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
