import numpy as np
lr = 0.001
epoch = 7
acc = np.float64(0.98765)
w, p = 10, 3
print(f"{lr=}", f"{epoch=:03d}", f"{acc=:.2%}", f"{lr * 10 = }")
print(f"{acc:{w}.{p}f}|", f"{'x':>{w}}|", f"{epoch:#x} {epoch:#o} {epoch:#b}", f"{1234567:_}")
print(f"{np.pi:+.3e}", f"{-0.0:.1f}", f"{float('nan'):.2f}", f"{float('inf'):>6}", f"{np.float32(0.1):.10f}")
print(f"{[1, 2]!s:>10}|", f"{'abc'!r:^9}|", f"{3.0:g}", f"{3.10:g}", f"{1e-7:g}", f"{123456789.0:g}")
print(f"{'{'}{epoch}{'}'}", f"{{literal}}", f"{epoch!s:*^7}", "%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25})
print(f"{np.int64(5):>4}", f"{np.int32(-5):<4}|", f"{np.uint8(5):08b}", f"{np.float16(1.5):.3f}", f"{True:d}")
print(format(np.float64(2.5), ".1f"), format(12, "05"), format(0.5, "%"), format("s", "<3") + "|", format(1e20, ",.0f"))
x = np.array([1.5, 2.25])
try:
    print(f"{x:.2f}")
except TypeError as e:
    print("TypeError:", e)
print(f"{x}", f"{x!r}", f"{x[0]:.1f}", f"{np.array(2.5):.1f}" if False else f"{float(np.array(2.5)):.1f}")
