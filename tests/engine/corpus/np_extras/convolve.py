import numpy as np

rng = np.random.default_rng(7)
# float64: kernels of at most 2 elements in every mode, up to 11 in mode 'valid' (NumPy's small_correlate)
for la, lv in [(1, 1), (5, 2), (2, 5), (7, 1), (1, 9), (2, 2), (10, 4), (4, 4), (40, 11), (11, 30), (6, 9)]:
    a = rng.standard_normal(la)
    v = rng.standard_normal(lv)
    for mode in ("full", "same", "valid") if min(la, lv) <= 2 else ("valid",):
        c = np.convolve(a, v, mode)
        r = np.correlate(a, v, mode)
        print(la, lv, mode, c.dtype, r.dtype, repr(c), repr(r))
ai = rng.integers(-50, 50, 30)
vi = rng.integers(-9, 9, 6)
for mode in ("full", "same", "valid", 0, 1, 2):
    print(repr(np.convolve(ai, vi, mode)), repr(np.correlate(vi, ai, mode=mode)))
print(repr(np.convolve([1, 2, 3], [0, 1, 0.5], "valid")), repr(np.convolve([1, 2, 3], [0.5, 1.0])))
print(repr(np.correlate([1, 2, 3], [0, 1, 0.5])), repr(np.correlate([1, 2], [1, 2, 3], "full")))
print(repr(np.convolve(3, 4)), repr(np.convolve([1, 2, 3], 2)), repr(np.convolve(2.5, [1, 2, 3], "same")))
print(repr(np.convolve([True, False, True], [True, True])), repr(np.correlate([False, False], [True, False, False], "full")))
f = np.arange(1, 8, dtype=np.float32) / 3
print(repr(np.convolve(f, np.float32([0.7]))), repr(np.correlate(np.float32([0.3]), f, "full")))
print(repr(np.convolve(f, [1, 2])), repr(np.convolve(f, np.array([1, 2], dtype=np.int64))))
print(repr(np.convolve(np.arange(100.0), [1.0, -1.0], "valid")[:5]))
for args in [([], [1]), ([1], []), ([[1, 2]], [1]), ([1, 2], [1], "foo"), ([1, 2], [1], 5), ([1, 2], [1], "s"), (3, [4])]:
    for f_ in (np.convolve, np.correlate):
        try:
            print(repr(f_(*args)))
        except Exception as e:
            print(f_.__name__, type(e).__name__, e)
for la, lv in [(1, 1), (6, 3), (3, 7), (25, 11), (12, 12), (40, 31), (31, 50), (9, 20)]:
    a = rng.standard_normal(la).astype(np.float32)
    v = (rng.standard_normal(lv) * 7).astype(np.float32)
    for mode in ("full", "same", "valid"):
        c = np.convolve(a, v, mode)
        r = np.correlate(v, a, mode)
        print(la, lv, mode, c.dtype, r.dtype, repr(c), repr(r))
for la, lv in [(1, 1), (6, 3), (3, 7), (25, 11), (12, 12), (40, 31), (31, 50), (9, 20)]:
    a = rng.standard_normal(la).astype(np.float32)
    v = (rng.standard_normal(lv) * 7).astype(np.float32)
    for mode in ("full", "same", "valid"):
        c = np.convolve(a, v, mode)
        r = np.correlate(v, a, mode)
        print(la, lv, mode, c.dtype, r.dtype, repr(c), repr(r))
