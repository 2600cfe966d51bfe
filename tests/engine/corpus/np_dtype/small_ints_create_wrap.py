import numpy as np
for t in [np.int8, np.int16, np.uint16, np.uint32]:
    info = np.iinfo(t)
    a = np.array([info.min, 0, info.max], dtype=t)
    print(t.__name__, repr(a), a.dtype, a.dtype.itemsize, a.dtype.kind, a.nbytes)
    print(a + 1, a - 1, a * 2, -a, abs(a))
    print(info.min, info.max, info.bits, info.dtype)
print(np.dtype('int8'), np.dtype('i2'), np.dtype('u2'), np.dtype('uint32'), np.dtype('b'), np.dtype('h'), np.dtype('H'), np.dtype('I'))
print(repr(np.int8(5)), repr(np.int16(-7)), repr(np.uint16(9)), repr(np.uint32(4000000000)), str(np.int8(-3)))
print(np.zeros(3, dtype=np.int16), np.ones((2, 2), dtype='uint32'), np.arange(5, dtype=np.int8), np.full(2, 7, dtype=np.uint16))
print(np.array([1, 2, 3], dtype=np.int8)[1], type(np.array([1, 2, 3], dtype=np.int8)[1]).__name__)
x = np.array([100, 120], dtype=np.int8)
x += 10
print(x, x.dtype)
print(np.int8(100) + np.int8(27), np.uint16(65535) * np.uint16(1))
print(x.tolist(), [type(v).__name__ for v in x.tolist()])
print(np.array([1, 2], dtype=np.uint32) << 31, np.array([255], dtype=np.uint8).astype(np.int8))
