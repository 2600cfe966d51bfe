import numpy as np
a = np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 6.0, 8.0]])
print(a.std(), a.var(), a.std(axis=0), a.var(axis=1), np.std(a, ddof=1), np.var(a, axis=1, ddof=1))
print(np.std([1, 2, 3, 4]), np.var([5, 5, 5]), repr(np.std([1, 2])), a.std(axis=1, keepdims=True))
x = np.array([0.1, 0.2, 0.3, 0.4, 0.5]) * 1e8
print(x.var(), x.std())
