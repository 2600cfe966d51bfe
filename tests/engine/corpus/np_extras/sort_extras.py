import numpy as np
print(np.lexsort(([2, 1, 1], [0, 1, 0])), np.searchsorted([1, 3, 5, 7], [0, 3, 6, 8]))
print(np.partition(np.array([5, 1, 4, 2]), 1)[:2].tolist() == [1, 2], np.argpartition(np.array([5, 1, 4, 2]), 0)[0])
