# int64 products and powers wrap modulo 2**64 as NumPy's do; these wrapped values are exact in a double
import numpy as np

print(np.int64(2) ** 63, np.int64(-2) ** 63, np.int64(2) ** 64, np.int64(4) ** 31)
print(np.int64(10) ** 18, np.int64(10) ** 19, np.int64(2**62) * 3, np.int64(2**40) * np.int64(2**20))
print(np.array([2, 4, 8]) ** np.array([62, 31, 21]), np.array([2, -2]) ** 63)
print(np.prod(np.array([2**31, 2**31, 2**3])), np.cumprod(np.array([2**30, 2**30, 2**4, 2**4])))
print(np.int64(3) ** 33, np.int64(-3) ** 33, np.int64(7) ** 0, np.int64(-1) ** 10**9 + 1)
print(np.cumprod(np.array([2**20, 2**20, 3], dtype=np.int32), dtype=np.int32), np.cumprod(np.array([200, 3], dtype=np.uint8), dtype=np.uint8))
print(np.cumsum(np.array([2**31 - 1, 1, 5], dtype=np.int32), dtype=np.int32), np.cumprod(np.array([-3, 0, 2])), np.cumprod(np.array([70000, 70000], dtype=np.int64)))
