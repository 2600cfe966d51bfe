import numpy as np
a = np.array([[3, 7, 1], [9, 2, 9], [4, 4, 0]])
print(np.ptp(a), np.ptp(a, axis=1), np.unravel_index(a.argmax(), a.shape))
f = np.array([1.0, np.nan, 3.0])
print(np.nanargmax(f), np.nansum(f), np.nanmax(f), np.nanmean(f), np.nanmin(f))
