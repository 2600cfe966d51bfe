import numpy as np

print(repr(np.diagflat([1, 2, 3])), repr(np.diagflat([[1, 2], [3, 4]], 1)), repr(np.diagflat([1.5, 2.5], k=-2)))
print(repr(np.diagflat(np.array([True, False]))), repr(np.diagflat(np.array([1, 2], np.float32), -1)), repr(np.diagflat([])))
print(repr(np.diagflat(np.int8(5))), np.diagflat(np.arange(3, dtype=np.uint8), 1).dtype)
x = np.array([1, 2, 3, 5])
print(repr(np.vander(x)), repr(np.vander(x, 3)), repr(np.vander(x, N=5, increasing=True)))
print(repr(np.vander([0.1, 1.3, -2.7, 3.3333], 6)), repr(np.vander(np.array([1.1, 0.7], np.float32), 4)))
print(repr(np.vander(np.array([True, False]))), repr(np.vander(np.array([2, 3], np.uint8), 3)), repr(np.vander(np.array([2, 3], np.int32), 3, True)))
print(repr(np.vander(x, 0)), repr(np.vander(x, 1)), repr(np.vander(np.array([], dtype=float))), repr(np.vander([10 ** 6, 7], 3)), repr(np.vander([10 ** 6, 7.0], 5)))
for f in [lambda: np.vander(np.ones((2, 2))), lambda: np.vander(np.float64(2.0))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1, 1000, 4), (0.001, 1000.0, 7), (-1000, -1, 4), (1e-5, 1e5, 11), (1e10, 1, 11), (1, 1e22, 23), (3, 3.5, 2), (7, 5, 1)]:
    print(repr(np.geomspace(*args)))
print(repr(np.geomspace(1, 1000, 3, endpoint=False)), repr(np.geomspace(1, 1000, 1)), repr(np.geomspace(1, 1000, 0)))
print(repr(np.geomspace(1, 1000, 4, dtype=int)), repr(np.geomspace(1, 1e4, 5, dtype=np.float32)), repr(np.geomspace(np.int64(1), 1e4, 5, axis=-1)))
print(repr(np.geomspace(1, 100, 3, dtype=np.int32)), repr(np.geomspace(-1, -0.01, 3)))
for f in [lambda: np.geomspace(0, 10), lambda: np.geomspace(1, 0, 3), lambda: np.geomspace(1, 10, -1), lambda: np.geomspace(-1, 10, 2), lambda: np.geomspace(1, 10, 3, axis=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.geomspace(np.float32(1), 100, 3)), repr(np.geomspace(np.float16(1), np.uint8(100), 3)), repr(np.geomspace(True, 100, 3)))
print(repr(np.diagflat(np.array([1, None], dtype=object))))
