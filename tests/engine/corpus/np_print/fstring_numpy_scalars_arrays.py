import numpy as np

x = np.float64(3.14159265)
y = np.float32(2.5)
i = np.int64(42)
print(f"{x:.3f} {x:10.4f}| {x:e} {x:.2e} {x:g} {x:%}")
print(f"{y:.3f} {y} {y!r} {float(y)}")
print(f"{i:5d}|{i:<5d}|{i:^7d}|{i:05d}|{i:x}|{i:,}")
print(f"{np.int32(-7):+d} {np.uint8(200)} {np.bool_(True)}")
arr = np.array([0.5, 1.25])
print(f"{arr}")
print(f"{arr!r}")
print(f"{arr.mean():.2f} {arr.sum():>8.3f}")
print("{:.4f}".format(np.float32(0.1)))
print("%.3f and %d and %s" % (x, i, arr))
print(f"{np.sqrt(2):.15f}")
print(format(np.float64(1234567.891), ",.2f"))
print(f"{x=:.2f} {i=}")
try:
    print(f"{arr:.2f}")
except TypeError as e:
    print("TypeError:", e)
print(f"{np.float64(1e20)} {np.float64(1e16)} {np.float64(1e15)} {np.float32(1e-5)}")
print(str(np.float64(0.1)), repr(np.float64(0.1)), repr(np.float32(0.1)))
