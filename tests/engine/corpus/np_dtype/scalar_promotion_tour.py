import numpy as np

vals = [np.int8(100), np.int32(7), np.int64(7), np.float32(1.5), np.float64(1.5), np.uint8(250), True, 3, 2.5]
for v in vals[:6]:
    print(type(v).__name__, type(v + 1).__name__, type(v * 2.0).__name__, type(v / 2).__name__)
print(np.int8(100) + np.int8(100))
print(np.uint8(250) + np.uint8(10), np.uint8(3) - np.uint8(5))
print((np.arange(3, dtype=np.int8) * 100).dtype, np.arange(3, dtype=np.int8) * 100)
print((np.arange(3, dtype=np.float32) + 1.5).dtype, (np.arange(3, dtype=np.float32) + np.float64(1.5)).dtype)
print((np.arange(3, dtype=np.int32) + np.int64(1)).dtype, (np.arange(3, dtype=np.uint8) + 300).dtype if False else "skip")
print(np.array([1, 2]) / np.array([2, 4]), np.array([1, 2]) // 2, np.array([-7, 7]) % 3)
print(np.float32(0.1) + np.float32(0.2), np.float32(0.1) + 0.2, 0.1 + 0.2)
print(np.float32(16777217.0), np.int64(2) ** 10, np.float64(2) ** -1)
print(np.array([1, 2, 3]).mean().dtype, np.array([1, 2, 3], dtype=np.float32).mean().dtype)
print(np.sum(np.array([1, 2], dtype=np.int32)).dtype, np.array([True, True]).sum())
print(np.result_type(np.int32, np.float32), np.promote_types('i1', 'u1'), np.can_cast(np.int64, np.float32))
print(np.array([1.7, -1.7]).astype(int), np.array([300, -1]).astype(np.uint8))
print(np.float64(3.0).is_integer(), np.float64(2.5).item(), type(np.int64(5).item()))
print(int(np.float64(3.9)), float(np.int32(4)), bool(np.float64(0.0)), abs(np.int8(-128)))
print(np.array(5).shape, np.array(5).ndim, np.array(5)[()], np.array([5])[0].shape)
print(np.zeros(2, dtype="float32").dtype, np.dtype("f8"), np.dtype(np.int16).itemsize)
print(np.iinfo(np.int8), np.finfo(np.float32).eps, np.iinfo(np.int32).max)
print(np.array([1, 2], dtype=np.float16) / 3)
print(1 / np.float64(0), -np.float64(1) / 0, np.float64(0) / 0)
x = np.arange(4, dtype=np.int64)
x = x / 2
print(x, x.dtype)
y = np.arange(4)
try:
    y /= 2
except Exception as e:
    print(type(e).__name__, e)
y += np.int32(1)
print(y, y.dtype)
