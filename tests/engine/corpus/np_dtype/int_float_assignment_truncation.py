import numpy as np
a = np.zeros(4, dtype=int)
a[0] = 3.9
a[1] = -3.9
a[2:] = [1.5, 2.99]
print(a)
b = np.arange(5)
b[b > 1] = 0.7
print(b)
b += 1
print(b)
try:
    b += 0.5
except Exception as e:
    print(type(e).__name__ + ":", e)
b = b * 0.5
print(b, b.dtype)
c = np.array([1, 2, 3], dtype=np.uint8)
c[0] = 255
c[1] = np.float64(7.8)
print(c)
f = np.zeros(2)
f[0] = True
f[1] = 5
print(f)
m = np.zeros((2, 2), dtype=np.int32)
m[:, 0] = np.array([1.9, -1.9])
print(m)
