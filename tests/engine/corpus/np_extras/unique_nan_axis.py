import numpy as np
print(np.unique(np.array([1.5, np.nan, 1.5, np.nan])), np.unique(np.array([[1, 2], [1, 2], [3, 4]]), axis=0))
