import numpy as np
for dt in [int, float, bool, np.int32, np.int64, np.float32, np.float64, np.uint8, "float32", "int32", "uint8"]:
    a = np.array([1, 2, 0], dtype=dt)
    print(repr(a), a.dtype, a.itemsize, a.nbytes)
print(np.array([1.7, -1.7, 2.5], dtype=int), np.array([300, -1], dtype=np.int64).astype(np.uint8))
print(np.array([0, 1, 2], dtype=bool), np.array([0.0, 0.5], dtype=bool))
print(np.dtype("float64"), np.dtype(int), np.dtype(np.float32).name, np.float64 == np.dtype("f8"))
