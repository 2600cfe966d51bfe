import numpy as np
a = np.array([[1, 9, 3], [7, 5, 2]])
print(np.median(a), np.median(a, axis=0), np.median(a, axis=1), np.median([1, 2, 3, 4]))
print(np.percentile(a, 50), np.percentile([1, 2, 3, 4, 5], [25, 75]), np.quantile([0, 10], 0.3))
print(np.average([1, 2, 3], weights=[3, 1, 0]), np.average(a, axis=0))
