import numpy as np
a = np.array([[0.1, 1 / 3], [1e-5, 2.0]])
print(a.tolist())
print(list(a[0]))
print([float(v) for v in a[0]])
print(np.arange(3).tolist(), list(np.arange(3)))
print(str(a), str(np.arange(3)))
s = str(np.array([[1, 2], [3, 4]]))
print(len(s), repr(s))
