import numpy as np
tests = [
 lambda: np.array([1, 300], dtype=np.int8), lambda: np.array([1.5, 300.2], dtype=np.int8), lambda: np.full(3, 300, dtype=np.int8),
 lambda: np.array([70000], dtype=np.uint16), lambda: np.array([-1], dtype=np.uint32), lambda: np.array([0.1, 1e5], dtype=np.float16),
 lambda: np.arange(120, 130, dtype=np.int8), lambda: np.arange(0, 2, 0.3, dtype=np.float16), lambda: np.linspace(0, 1, 4, dtype=np.int8),
 lambda: np.einsum('i,i->', np.array([100, 100], np.int8), np.array([2, 2], np.int8)), lambda: np.round(np.array([15, 25, -35], np.int8), -1),
 lambda: np.sort(np.array([3, -1, 2], np.int16))[::-1], lambda: np.bincount(np.array([0, 1, 1, 3], np.uint16)),
 lambda: np.add.reduce(np.array([100, 100], np.int8)), lambda: np.multiply.reduce(np.array([100, 100], np.int8)),
 lambda: np.add.accumulate(np.array([100, 100], np.int8)), lambda: np.maximum.reduce(np.array([1.5, 2.5], np.float16)),
 lambda: np.array([1, 2], np.int8).astype(np.float16).dtype, lambda: np.ones(3, np.float16).astype(object),
 lambda: np.array([1, 2], dtype=object).astype(np.int16), lambda: np.array([0.1, 0.2], dtype=object).astype(np.float16),
 lambda: np.array([[1, 2], [3, 4]], np.uint16).T @ np.array([1, 1], np.uint16), lambda: np.vstack([np.ones(2, np.int8), np.ones(2, np.uint8)]),
 lambda: np.tile(np.array([1, 2], np.int16), 2), lambda: np.repeat(np.array([1.5], np.float16), 2),
 lambda: np.array([1, 2], np.int8) == np.array([1, 2], np.uint32), lambda: np.array([0.1], np.float16) < 0.1,
 lambda: np.array([1, 2], np.int8).sum(keepdims=True), lambda: np.array([1, 2], np.int8).mean(), lambda: np.prod(np.array([100, 100], np.int16)),
 lambda: np.cumsum(np.array([0.1] * 5, np.float16)), lambda: np.cumprod(np.array([1.1] * 5, np.float16)),
 lambda: np.array([3], np.uint8) - np.array([5], np.uint8), lambda: np.int8(-128) // np.int8(-1), lambda: np.abs(np.int16(-32768)),
 lambda: np.array([1, 2, 3], np.uint32)[::-1].copy(), lambda: np.array([250], np.uint8) + np.array([10], np.int8),
 lambda: np.mean(np.array([1, 2, 4], np.float16)), lambda: np.std(np.array([1, 2, 4], np.float16), ddof=1),
 lambda: np.var(np.array([[1, 2], [4, 8]], np.float16), axis=0), lambda: np.float16(1) / np.float16(0),
 lambda: np.array([1, 2], np.uint16) ** 20, lambda: np.left_shift(np.array([1], np.uint32), 40),
 lambda: np.array([True, False]) + np.array([1, 2], np.int8), lambda: np.float16(2) ** 0.5, lambda: np.float16(65504) + np.float16(16),
 lambda: (np.float16(3.14159)).round(2), lambda: np.array([1, 2], np.int8).dtype.name, lambda: np.dtype(np.float16).itemsize,
 lambda: np.dtype('float16').kind, lambda: np.array([1], np.int16).dtype == np.int16,
 lambda: np.float16(0.1).astype(np.float64), lambda: np.int8(3).astype(np.float16), lambda: str(np.array([np.float16(1e-3)])),
 lambda: np.array([1e-7, 6e-8], np.float16), lambda: np.zeros((2, 3), np.float16).std(axis=0),
]
for k, f in enumerate(tests):
    try:
        print(k, repr(f()))
    except Exception as e:
        print(k, type(e).__name__, e)
for d in ['uint8','int32','int16','int64']:
  for v in [[300.7],[-1.5],[np.nan],[1e30], [-0.5]]:
    try: print(d, v, np.array(v, dtype=d))
    except Exception as e: print(d, v, type(e).__name__, e)
