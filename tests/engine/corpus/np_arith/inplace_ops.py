import numpy as np
a = np.arange(6, dtype=float).reshape(2, 3)
v = a[0]
a += 1
print(a, v)
a *= np.array([1, 2, 3])
print(a)
a[1] -= 100
print(a)
a /= 2
print(a)
a **= 2
print(a)
b = np.arange(4)
b2 = b
b = b + 1
print(b, b2, b is b2)
c = np.arange(4)
c2 = c
c += 1
print(c, c2, c is c2)
i = np.array([1, 2, 3])
i *= 2
i //= 3
print(i)
w = np.ones(3)
g = np.array([0.1, 0.2, 0.3])
w -= 0.01 * g
print(w)
