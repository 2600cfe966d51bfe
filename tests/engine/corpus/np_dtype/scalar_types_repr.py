import numpy as np
vals = [np.float64(0.5), np.float32(0.5), np.int64(3), np.int32(-3), np.uint8(7), np.bool_(True), np.float64(1e-5), np.float64(1 / 3), np.int32(-1)]
for v in vals:
    print(str(v), repr(v), type(v).__name__)
print([np.float64(1.5), np.int64(2)], (np.float32(2.5),), {"k": np.bool_(False)})
print(np.float64(2.0), np.float64(1e16), np.float64(-0.0), np.float64(np.inf), np.float64(np.nan), repr(np.float64(np.nan)))
a = np.array([1.5, 2.5])
print(a[0], repr(a[0]), a.sum(), repr(a.sum()), a.max(), repr(a.mean()), repr(a.argmax()), repr(a.shape[0]))
print(f"{a[0]} {a[0]:.3f} {np.int64(5):03d} {np.float32(0.1)}", "%.2f" % np.float64(2.345), str(np.float64(3.0)))
print(np.float64(0.1) + 0.2, np.float64(5) / 2, np.int64(7) // 2, np.int64(7) / 2, type(np.int64(7) / 2).__name__)
print(float(np.float64(2.5)), int(np.float64(2.9)), bool(np.float64(0.0)), np.float64(3.0).is_integer())
print(isinstance(np.float64(1), float), isinstance(np.int64(1), int), isinstance(np.float32(1), float))
