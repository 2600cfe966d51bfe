import numpy as np
a = np.arange(6).reshape(2, 3)
print(a.flatten(order="F"), a.ravel(order="F"), np.arange(12).reshape(4, 3, order="F"), np.arange(6).reshape(2, 3, order="F"))
b = np.array([[1, 2], [3, 4]])
print(np.pad(b, 1, mode="edge"), np.pad(np.arange(3), 2, mode="reflect"))
