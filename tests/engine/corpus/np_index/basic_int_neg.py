import numpy as np
a = np.arange(10, 20)
print(a[0], a[-1], a[-3], repr(a[3]), type(a[3]).__name__)
m = np.arange(12).reshape(3, 4)
print(m[1], m[-1], m[1, 2], m[1][2], m[-1, -1], m[0, -2], m[2].shape)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    m[3, 0]
except IndexError as e:
    print("IndexError:", e)
try:
    m[0, 0, 0]
except IndexError as e:
    print("IndexError:", e)
