import numpy as np
a = np.array([[True, False, True], [True, True, True]])
print(a.all(), a.any(), a.all(axis=0), a.all(axis=1), a.any(axis=0), np.all(a, axis=1, keepdims=True))
n = np.array([[0, 1], [2, 0]])
print(n.all(), n.any(), np.any(n > 1), np.all(n >= 0), (n > 0).sum(axis=0), np.all([]), np.any([]))
print(repr(a.all()), type(a.any()).__name__)
