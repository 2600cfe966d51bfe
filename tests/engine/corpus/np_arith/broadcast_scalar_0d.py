import numpy as np
a = np.arange(3)
s = np.array(2)
print(a * s, s * s, (s * s).shape, type(s * s).__name__, s + 1.5, repr(s + 1.5))
print(np.array([[1]]) + a, (np.array([[1]]) + a).shape)
e = np.zeros((0, 3)) + np.arange(3)
print(e, e.shape)
