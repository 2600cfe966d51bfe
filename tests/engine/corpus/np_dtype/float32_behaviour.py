import numpy as np
a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(a, repr(a), a.dtype, a[0], repr(a[0]), a.sum(), a[0] + a[1])
print(np.float32(1 / 3), repr(np.float32(1 / 3)), np.float32(16777217), np.float32(1e-8))
print(a.astype(np.float64), np.float64(np.float32(0.1)))
x = np.ones(3, dtype=np.float32) / 3
print(x, x * 3, (x * 3).dtype)
print(np.float32(3.4e38) * 10)
