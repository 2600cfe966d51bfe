import numpy as np
a = np.array([3, 1, 2, 3, 1, 5])
print(np.unique(a), np.unique(np.array([[1, 1], [2, 3]])), np.unique(["b", "a", "b"]))
u, idx, inv, cnt = np.unique(a, return_index=True, return_inverse=True, return_counts=True)
print(u, idx, inv, cnt)
