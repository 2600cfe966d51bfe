import numpy as np
print(repr(np.uint8(255) + 1))
print(repr(np.uint8(255) + np.int64(1)))
print(repr(np.array([255], dtype=np.uint8) + 1))
print(repr(np.uint8(100) * 3))
print(repr(np.int32(2 ** 30) + np.int32(2 ** 30)))
print(repr(np.array([200], dtype=np.uint8) + np.array([100], dtype=np.uint8)))
try:
    np.uint8(1) + 300
except OverflowError as e:
    print("OverflowError:", e)
try:
    np.array([1], dtype=np.uint8) + 300
except OverflowError as e:
    print("OverflowError:", e)
print(repr(np.array([1], dtype=np.uint8) + 300.0))
