import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
f = np.array([1.5, 2.5])
print(np.zeros_like(a), np.ones_like(a), np.full_like(a, 9), np.zeros_like(f), np.ones_like(f, dtype=int))
print(np.full_like(a, 2.7), np.full_like(f, 2.7), np.empty_like(a).shape, np.empty_like(f).dtype)
print(np.zeros_like(a).dtype, np.ones_like(f).dtype)
