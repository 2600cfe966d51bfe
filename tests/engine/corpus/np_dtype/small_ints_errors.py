import numpy as np
cases = [
    lambda: np.array([1], dtype=np.int8) + 300,
    lambda: np.array([1], dtype=np.uint16) - 70000,
    lambda: np.array([1], dtype=np.uint32) + (-1),
    lambda: np.int16(40000),
    lambda: np.uint8(-1),
    lambda: np.array([1], dtype=np.int16) & np.array([1.5], dtype=np.float16),
    lambda: np.iinfo(np.float16),
    lambda: np.finfo(np.int8),
    lambda: np.iinfo(np.bool_),
    lambda: np.array([1, 2], dtype=np.int8) > 1000,
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([1, 2], dtype=np.int8)
try:
    a += 1.5
except Exception as e:
    print(type(e).__name__, e)
print(a)
b = np.array([1.5, 2.5], dtype=np.float16)
b += 1
print(b, b.dtype)
np.array([1, 2], dtype=np.int16) + 40000
