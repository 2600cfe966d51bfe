import numpy as np
x = np.array([1.0, np.nan, np.inf, -np.inf, 0.0, -0.0])
print(np.isposinf(x), np.isneginf(x), np.signbit(x))
print(np.nan_to_num(x), np.nan_to_num(x, nan=-1.0, posinf=99.0, neginf=-99.0))
print(np.fmax(np.array([1.0, np.nan]), np.array([np.nan, 0.0])), np.fmin(np.array([1.0, np.nan]), np.array([np.nan, 0.0])))
