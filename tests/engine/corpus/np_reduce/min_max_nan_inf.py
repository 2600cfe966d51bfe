import numpy as np
a = np.array([1.0, -np.inf, 3.0, np.inf])
print(a.min(), a.max(), a.argmin(), a.argmax(), a.sum(), np.isinf(a.sum()))
b = np.array([[2.0, np.nan], [1.0, 0.5]])
print(b.max(), b.max(axis=0), b.min(axis=1), b.sum(), b.mean(axis=1), np.argmax(b, axis=1))
print(np.array([3, 3, 1, 3]).argmax(), np.array([1.0, 1.0]).argmin())
