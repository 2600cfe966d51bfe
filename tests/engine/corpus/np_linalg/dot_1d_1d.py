import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.dot(a, b), a.dot(b), a @ b, repr(np.dot(a, b)), np.dot(a * 0.5, b), np.inner(a, b), np.vdot(a, b))
