import numpy as np
a = np.arange(12)
print(a.reshape(3, 4), a.reshape((2, 6)), a.reshape(2, -1), a.reshape(-1, 3).shape, a.reshape(2, 3, 2).shape)
print(a.reshape(-1), a.reshape(1, -1).shape, a.reshape(-1, 1).shape, np.reshape(a, (4, 3))[1])
b = a.reshape(3, 4)
b[0, 0] = 99
print(a[0])
try:
    a.reshape(5, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a.reshape(-1, -1)
except ValueError as e:
    print("ValueError:", e)
c = np.arange(6)
c.shape = (2, 3)
print(c)
print(np.arange(24).reshape(2, 3, 4).reshape(6, -1).shape, np.arange(6).reshape(2, 3).reshape(3, 2))
