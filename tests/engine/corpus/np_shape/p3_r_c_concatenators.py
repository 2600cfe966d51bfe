import numpy as np

x = np.array([1, 2, 3])
print(np.r_[x, 0, [7, 8]], np.r_[0:3, 10:13], np.r_[-1:1:0.5], np.r_[:3])
print(np.c_[x, x ** 2], np.c_[np.ones((2, 2)), [5, 6]])
X = np.c_[np.ones(3), np.arange(3.0)]
print(X, X.shape)
bias_first = np.r_[[0.5], np.zeros(2)]
print(bias_first, bias_first.dtype)
try:
    np.r_[[1, 2], "r"]
except ValueError as e:
    print("ValueError:", e)
try:
    np.c_[np.ones((2, 2)), np.ones(3)]
except ValueError as e:
    print("ValueError:", e)
