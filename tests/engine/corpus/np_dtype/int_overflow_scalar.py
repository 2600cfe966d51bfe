import numpy as np
a = np.array([2 ** 31 - 1], dtype=np.int32)
print(a + 1, a * 2)
b = np.array([2 ** 62], dtype=np.int64)
print(b * 2, b * 4)
print(np.array([2 ** 31 - 1], dtype=np.int32) + np.int32(1))
print(np.array([-2 ** 31], dtype=np.int32) - 1, np.abs(np.array([-2 ** 31], dtype=np.int32)))
print(np.arange(5, dtype=np.uint8) - 3)
