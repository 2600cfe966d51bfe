import numpy as np
a = np.array([[1, 2], [3, 4]])
print(np.pad(a, 1), np.pad(a, ((0, 0), (1, 2))), np.pad(a, 1, constant_values=9), np.pad(np.array([1, 2, 3]), (2, 1)))
x = np.arange(16).reshape(1, 1, 4, 4)
print(np.pad(x, [(0, 0), (0, 0), (1, 1), (1, 1)], "constant").shape)
