import numpy as np

x = np.float64(1.0)
print(x, repr(x), str(x), f"{x}", f"{x!r}", f"{x:.3f}")
vals = [np.float32(0.1), np.int64(7), np.int32(-3), np.uint8(255), np.bool_(True), np.float16(1.5)]
for v in vals:
    print(type(v).__name__, v, repr(v))
print([np.float64(0.5), np.int64(2)])
print((np.float64(1.5), np.True_))
print({"loss": np.float64(0.25)})
arr = np.array([1.5, 2.5])
print(arr.sum(), repr(arr.sum()), arr.max().item(), type(arr.max().item()))
print(repr(arr[0]), repr(arr.mean()))
print(repr(np.argmax(arr)), repr(np.int64(3) + 1), repr(np.float32(2) * 2))
print(repr(np.float64(1e20)), repr(np.float64(1e-7)), repr(np.float64(np.nan)), repr(-np.float64(np.inf)))
print(repr(np.float32(1 / 3)), np.float32(1 / 3), float(np.float32(1 / 3)))
print(repr(np.str_("abc")), np.str_("abc"))
print(repr(np.array([1, 2]) == 1), repr((np.array([1, 2]) == 1).all()))
print(round(np.float64(2.675), 2), repr(round(np.float64(2.675), 2)), repr(round(np.float64(2.5))))
print(repr(np.round(np.float64(2.5))), repr(abs(np.int8(-128))))
print(str(np.float64(123456789012345678.0)), str(np.float32(1e10)))
print(repr(np.intc(5)), repr(np.intp(5)), np.dtype(np.intp), np.uint, np.uintp(3))
