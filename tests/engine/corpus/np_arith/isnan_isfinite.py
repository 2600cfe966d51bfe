import numpy as np
x = np.array([1.0, np.nan, np.inf, -np.inf, 0.0, -0.0])
print(np.isnan(x), np.isfinite(x), np.isinf(x))
print(np.isnan(np.array([1, 2])), np.isnan(np.nan), np.isfinite(5), np.nan == np.nan, np.isnan(x).any())
y = x.copy()
y[np.isnan(y)] = 0
print(y)
print(np.isnan(x).sum(), np.isfinite(x).all(), x[np.isfinite(x)])
