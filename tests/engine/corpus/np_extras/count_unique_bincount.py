import numpy as np
labels = np.array([2, 0, 1, 2, 2, 0])
print(np.bincount(labels), np.bincount(labels, minlength=5), np.bincount(labels, weights=np.arange(6.0)))
u, c = np.unique(labels, return_counts=True)
print(u, c)
print(np.count_nonzero(labels), np.count_nonzero(labels == 2), np.histogram([1, 2, 2, 3, 3, 3], bins=3))
