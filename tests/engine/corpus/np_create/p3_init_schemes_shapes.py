import numpy as np

rng = np.random.default_rng(42)
fan_in, fan_out = 4, 3
xavier = rng.standard_normal((fan_in, fan_out)) / np.sqrt(fan_in)
he = rng.standard_normal((fan_in, fan_out)) * np.sqrt(2 / fan_in)
uni = rng.uniform(-np.sqrt(6 / (fan_in + fan_out)), np.sqrt(6 / (fan_in + fan_out)), size=(fan_in, fan_out))
for name, W in {"xavier": xavier, "he": he, "uniform": uni}.items():
    print(f"{name:>8}: mean={W.mean():+.4f} std={W.std():.4f} range=[{W.min():.3f}, {W.max():.3f}]")
print(np.zeros((2, 3), dtype=np.float32), np.ones(3, dtype=int), np.full((2, 2), np.nan))
print(np.eye(3, dtype=bool), np.empty((0, 4)).shape, np.zeros(()).shape, np.zeros(()))
print(np.arange(6).reshape(2, 3).astype(np.float64).tolist())
print(np.identity(3)[[2, 0]], np.tri(3, dtype=int))
Q, _ = np.linalg.qr(rng.standard_normal((3, 3)))
print(np.allclose(Q @ Q.T, np.eye(3)), np.round(np.abs(np.linalg.det(Q)), 10))
print(np.diag(np.arange(1, 4)) @ np.ones(3))
