import numpy as np
a = np.arange(10)
a[::-1] = np.arange(10)
print(a)
a[8:2:-2] = [0, 0, 0]
print(a)
b = np.zeros((3, 3))
b[::-1, 0] = [1, 2, 3]
b[0, ::-2] = -1
print(b)
x = np.arange(5)
x[:] = x[::-1]
print(x)
y = np.arange(5)
y[1:] = y[:-1]
print(y)
