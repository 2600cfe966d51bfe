import numpy as np
a = np.array([3, 1, 2, 3, 1, 5])
print(np.unique(a), np.unique(np.array([[1, 1], [2, 3]])), np.unique(["b", "a", "b"]))
u, idx, inv, cnt = np.unique(a, return_index=True, return_inverse=True, return_counts=True)
print(u, idx, inv, cnt)
print(np.unique(np.array([1.5, np.nan, 1.5, np.nan])), np.unique(np.array([[1, 2], [1, 2], [3, 4]]), axis=0))
