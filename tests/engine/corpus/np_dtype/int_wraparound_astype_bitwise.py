import numpy as np
a = np.array([100, 200, 250], dtype=np.uint8)
print(a + a, a * 2, a - 251, (a + 10).dtype, a.sum(), a.sum().dtype, a.mean())
b = np.array([127], dtype=np.int8)
print(b + 1, b * 2, -np.array([-128], dtype=np.int8), np.abs(np.array([-128], dtype=np.int8)))
print(np.array([2**31 - 1], dtype=np.int32) + 1, np.int32(2**31 - 1) + np.int32(0))
print(np.arange(5, dtype=np.int16).cumsum().dtype, np.array([1, 2], dtype=np.int32).prod().dtype)
print(np.array([1.7, -1.7, 300.5]).astype(np.int8), np.array([3.9]).astype(np.uint8), np.array([-1]).astype(np.uint16))
print(np.array(["1", "2"]).astype(int) + 1, np.array([1, 0, 2]).astype(bool), np.array([True, False]).astype(float))
print(np.array([0.1, 0.2], dtype=np.float16) + np.array([1, 2], dtype=np.int8), (np.ones(2, np.float16) * 1000).dtype)
print(np.iinfo(np.uint8).max + 1, np.uint8(255) + 1, type(np.uint8(255) + 1).__name__)
print(np.array([1, 2, 3]) // np.array([2, 0, 2]) if False else np.array([1, 2, 3]) // np.array([2, 1, 2]))
print(np.left_shift(1, 3), np.array([5]) >> 1, np.array([5, 3]) & 1, ~np.array([0, 1], dtype=np.uint8))
print(np.bitwise_or(np.array([1, 2]), 4), np.array([True, False]) ^ True, np.invert(np.array([True])))
x = np.arange(4, dtype=np.int64)
x[1] = 3.9
x[2] = True
print(x, x.dtype)
y = np.zeros(3, dtype=np.float32)
y[0] = 1 / 3
print(y, y[0], repr(y[0]), float(y[0]))
print(np.array([2**40]) * 2**20, np.int64(2**52) // 3, 7 // np.int64(2), np.int64(-7) % 3)
