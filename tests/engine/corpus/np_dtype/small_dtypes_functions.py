import numpy as np
h = np.array([0.1, 0.7, 0.3, 2.5, 1.1], dtype=np.float16)
i8 = np.array([5, -3, 100, 7, 2], dtype=np.int8)
u16 = np.array([5, 3, 60000, 7, 2], dtype=np.uint16)
tests = [
 lambda: np.median(i8), lambda: np.percentile(i8, 30),
 lambda: np.sort(h), lambda: np.argsort(i8), lambda: np.unique(u16), lambda: np.concatenate([i8, np.array([1], np.uint8)]),
 lambda: np.stack([h, h]).dtype, lambda: np.round(h, 1), lambda: np.clip(i8, 0, 50), lambda: np.clip(h, 0.2, 1.0),
 lambda: np.diff(i8), lambda: np.diff(h), lambda: np.cumprod(h), lambda: np.average(h), lambda: np.average(i8),
 lambda: np.isclose(h, 0.1), lambda: np.allclose(h, h), lambda: np.array_equal(i8, i8),
 lambda: u16[np.array([0, 2], dtype=np.int8)], lambda: np.where(h > 1, h, 0), lambda: np.where(i8 > 4, i8, -1),
 lambda: np.nanmean(h), lambda: np.argmax(h), lambda: h.tolist(),
 lambda: np.cov(h), lambda: np.corrcoef(i8, u16), lambda: np.dot(i8, i8), lambda: np.outer(i8, i8),
 lambda: np.abs(h - 1), lambda: np.maximum(i8, u16), lambda: np.mean(u16), lambda: np.std(i8),
 lambda: np.float16(70000), lambda: np.full(3, 1/3, dtype=np.float16), lambda: np.empty_like(h).dtype,
 lambda: np.zeros_like(i8), lambda: np.array([1.5, 2.5], np.float16) // 1, lambda: np.array([7.5], np.float16) % 2,
 lambda: i8 // np.int8(0), lambda: np.fmax(h, 0.5), lambda: np.trace(np.eye(2, dtype=np.int8)),
 lambda: np.eye(2, dtype=np.float16), lambda: np.ptp(i8), lambda: np.count_nonzero(h), lambda: np.nonzero(i8 > 5),
 lambda: np.searchsorted(np.sort(h), 0.5), lambda: np.float16(0.1) * 3, lambda: np.float16(0.1) + 0.2,
 lambda: np.int8(5) * 2.5, lambda: np.uint32(4000000000) + np.int32(1), lambda: 3 - np.uint8(5),
 lambda: np.int16(7) / np.int16(2), lambda: int(np.float16(2.7)), lambda: float(np.int8(-3)), lambda: np.int8(5) ** 3,
 lambda: [np.int8(3)][0] == 3, lambda: list(range(10))[np.int16(3)],
 lambda: np.array([np.int8(1), np.int8(2)]).dtype, lambda: np.array([np.float16(1), 2.0]).dtype,
 lambda: np.array([np.int8(1), np.uint8(2)]).dtype, lambda: np.asarray(np.float16(3)).dtype,
 lambda: np.array([1, 2], dtype=np.int8).mean(dtype=np.float16), lambda: np.sum(h, dtype=np.float32),
 lambda: np.sum(i8, dtype=np.int8), lambda: np.einsum('i,i->', h.astype(np.float32), h.astype(np.float32)),
 lambda: np.log(np.array([0.0, 1.0, 2.0], np.float16)), lambda: np.exp(np.array([12.0], np.float16)),
 lambda: np.tanh(h), lambda: np.arctan2(i8, u16).dtype, lambda: np.hypot(h, h),
 lambda: np.sign(h), lambda: np.floor(h), lambda: np.reciprocal(h), lambda: np.rint(h), np.square,
]
for k, f in enumerate(tests):
    try:
        r = f() if f is not np.square else np.square(h)
        print(k, repr(r))
    except Exception as e:
        print(k, type(e).__name__, e)
a = np.zeros(3, dtype=np.int8)
for v in [100, 300, -129, 1.9, np.float16(2.5)]:
    try:
        a[0] = v
        print(a)
    except Exception as e:
        print(type(e).__name__, e)
h2 = np.zeros(2, np.float16); h2[0] = 0.1; h2[1] = 1e5; print(h2)
a8 = np.array([1, 2, 3], np.int8); a8[[0, 1]] = np.array([200, -3]); print(a8)
