import numpy as np
for a in [np.array([1]), np.array([1.0]), np.array([True]), np.array([1], dtype=np.uint8), np.array([None])]:
    print(a.dtype, a.dtype.name, a.dtype.kind, a.dtype.itemsize, repr(a.dtype), str(a.dtype))
print(np.float64, np.int32, np.dtype("int64") == np.int64)
