import numpy as np
a = np.array([-2, -1, 0, 1, 2])
print(np.where(a > 0, a, 0), np.where(a > 0, 1.0, -1.0))
print(np.where(a > 0), np.where(np.array([[0, 1], [1, 0]])), np.where([True, False], [1, 2], [3, 4]))
relu = np.where(a > 0, a, 0.01 * a)
print(relu, relu.dtype)
m = np.arange(9).reshape(3, 3)
print(np.where(m > 4, m, -m))
print(np.nonzero(m > 6))
