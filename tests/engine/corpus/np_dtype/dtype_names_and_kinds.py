import numpy as np
for a in [np.array([1]), np.array([1.0]), np.array([True]), np.array([1], dtype=np.uint8), np.array(["ab"]), np.array([None])]:
    print(a.dtype, a.dtype.name, a.dtype.kind, a.dtype.itemsize, repr(a.dtype), str(a.dtype))
print(np.float64, np.int32, np.dtype("int64") == np.int64, np.issubdtype(np.float32, np.floating), np.issubdtype(np.int8, np.integer))
