import numpy as np

vals = [np.float64(1.5), np.float32(1.5), np.int64(3), np.int32(3), np.bool_(True), 1.5, 3, True, np.array(2.0), np.uint8(7)]
for v in vals:
    print(type(v).__name__, isinstance(v, float), isinstance(v, int), isinstance(v, (int, float)), isinstance(v, np.floating),
          isinstance(v, np.integer), isinstance(v, np.number), isinstance(v, np.generic))
print(np.issubdtype(np.float32, np.floating), np.issubdtype(np.int8, np.integer), np.issubdtype(np.array([1.0]).dtype, np.number))
print(np.float64 is np.double, np.dtype(float), np.dtype(int), np.dtype(bool), np.array([1, 2]).dtype == np.int64, np.array([1.0]).dtype == float)
print(type(np.float64(1) + 1).__name__, type(1 + np.float32(1)).__name__, type(np.int64(1) + 1.0).__name__, type(sum(np.arange(3))).__name__)
print(np.float64(2).__class__.__mro__[:3])
print([type(x).__name__ for x in np.array([1.0, 2.0])], [type(x).__name__ for x in np.array([1.0, 2.0]).tolist()])
print(hash(np.float64(1.5)) == hash(1.5), np.float64(1.5) == 1.5, np.int64(3) == 3, {np.int64(3): "x"}.get(3))
print(np.isscalar(np.float64(1)), np.isscalar(1.0), np.isscalar(np.array(1.0)), np.ndim(5), np.shape(5), np.size([[1, 2]]))
