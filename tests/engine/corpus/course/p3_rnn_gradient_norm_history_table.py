import numpy as np

np.random.seed(5)
H = 4
Wh = np.random.randn(H, H) * 0.8
hs = [np.zeros(H)]
xs = np.random.randn(10, H)
for x in xs:
    hs.append(np.tanh(x + hs[-1] @ Wh))
dh = np.ones(H)
history = []
for t in range(len(xs), 0, -1):
    dt = dh * (1 - hs[t] ** 2)
    dh = dt @ Wh.T
    history.append((t, float(np.linalg.norm(dh)), float(np.abs(dh).max())))
print(f"{'t':>3} {'norm':>12} {'max':>10}")
for t, n, m in history:
    print(f"{t:>3} {n:>12.6e} {m:>10.5f}")
norms = np.array([n for _, n, _ in history])
print(norms.argmax(), norms.argmin(), np.round(norms[1:] / norms[:-1], 4))
print("ratio < 1:", np.all(norms[1:] < norms[:-1]))
