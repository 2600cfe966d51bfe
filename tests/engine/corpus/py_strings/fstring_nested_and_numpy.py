import numpy as np
w = np.array([0.12345, -6.789])
print(f"{w[0]:.3f} {w[1]:+.2e} {w.sum():8.4f}| {w.shape} {w.dtype} {len(w)}")
print(f"{np.float64(2.5):.1f} {np.int64(7):d} {np.int64(7):04d} {np.float32(0.5):.3f} {np.float64(1e-8):.2e}")
name = "loss"
vals = {"loss": 0.25}
print(f"{name}: {vals[name]:.3f}", f"{'nested ' + name!r}", f"{[round(v, 2) for v in w]}")
