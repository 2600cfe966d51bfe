import numpy as np
a = np.arange(12).reshape(3, 4)
print(np.split(np.arange(9), 3), np.split(np.arange(10), [3, 5]))
print(np.split(a, 2, axis=1))
print(np.hsplit(a, 2), np.vsplit(a, 3)[1], np.array_split(np.arange(7), 3))
try:
    np.split(np.arange(10), 3)
except ValueError as e:
    print("ValueError:", e)
h, c = np.split(np.arange(8).reshape(2, 4), 2, axis=1)
print(h, c)
