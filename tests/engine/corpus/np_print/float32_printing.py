import numpy as np
a = np.array([0.1, 1 / 3, 2.5, 1e-5], dtype=np.float32)
print(a)
print(repr(a))
print(a * 3)
print(np.ones(3, dtype=np.float32) / 7)
print(np.float32(0.1), repr(np.float32(0.1)), str(np.float32(1 / 3)), np.float32(1e10), np.float32(16777216.0))
print(np.array([[1.5, 2.25]], dtype=np.float32), np.array([1e20], dtype=np.float32))
