import numpy as np
x = np.array([1.0, np.nan, np.inf, -np.inf, 0.0, -0.0])
print(np.isnan(x), np.isfinite(x), np.isinf(x), np.isposinf(x), np.isneginf(x), np.signbit(x))
print(np.nan_to_num(x), np.nan_to_num(x, nan=-1.0, posinf=99.0, neginf=-99.0))
print(np.isnan(np.array([1, 2])), np.isnan(np.nan), np.isfinite(5), np.nan == np.nan, np.isnan(x).any())
y = x.copy()
y[np.isnan(y)] = 0
print(y)
print(np.nansum(x[:2]), np.nanmax(np.array([1.0, np.nan, 3.0])), np.nanmean(np.array([1.0, np.nan, 3.0])))
