import numpy as np

N, H, T = 2, 3, 20
np.random.seed(3)
dh = np.ones((N, H))
for scale in (0.5, 1.0, 1.5):
    Wh = np.random.randn(H, H) * scale
    norms = []
    d = dh
    for t in range(T):
        d = d @ Wh.T
        norms.append(np.sqrt(np.sum(d ** 2)) / N)
    print(f"scale={scale}: first={norms[0]:.4g} last={norms[-1]:.4g}")
    print("  ", " ".join(f"{n:.2e}" for n in norms[::5]))
U, S, Vt = np.linalg.svd(np.random.randn(H, H))
print(S.round(6))
Wh = U @ np.diag([1.0, 1.0, 1.0]) @ Vt
d = dh
for _ in range(T):
    d = d @ Wh.T
print(np.linalg.norm(d).round(8), np.linalg.norm(dh))
