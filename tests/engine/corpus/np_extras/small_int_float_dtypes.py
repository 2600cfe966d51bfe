import numpy as np
print(np.array([127], dtype=np.int8) + np.int8(1))
print(np.array([-128], dtype=np.int8) - 1, np.abs(np.array([-128], dtype=np.int8)))
print(repr(np.int8(100) + np.int8(100)), repr(np.array([1, 2], dtype=np.int16)), repr(np.float16(0.1)), np.float16(0.1))
i8 = np.array([1, 2], dtype=np.int8)
print((i8 + 1).dtype, (i8 + 1.5).dtype, (i8 + np.int64(1)).dtype, np.result_type(np.int8, np.uint8))
print(np.array([100, 100, 100], dtype=np.int8).sum().dtype, np.array([[0, -1], [-10, 100]], dtype=np.int8))
print(np.array([1, 2, 0], dtype="int8"), np.array([1, 2], dtype="f8").dtype, np.array([1, 2], dtype="i4").dtype)
print(np.issubdtype(np.float32, np.floating), np.issubdtype(np.int8, np.integer))
