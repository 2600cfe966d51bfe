import numpy as np

np.random.seed(0)
centers_true = np.array([[0, 0], [5, 5], [0, 5]])
X = np.vstack([np.random.randn(30, 2) * 0.7 + c for c in centers_true])
k = 3
idx = np.random.choice(len(X), k, replace=False)
C = X[idx].copy()
print("init", idx)
for it in range(20):
    d = np.sum((X[:, None, :] - C[None, :, :]) ** 2, axis=2)
    labels = np.argmin(d, axis=1)
    newC = np.array([X[labels == j].mean(axis=0) if np.any(labels == j) else C[j] for j in range(k)])
    shift = np.linalg.norm(newC - C)
    C = newC
    if shift < 1e-9:
        print("converged at iteration", it)
        break
order = np.argsort(C[:, 0] + 10 * C[:, 1])
print(np.round(C[order], 3))
print(np.bincount(labels, minlength=k)[order])
inertia = np.sum((X - C[labels]) ** 2)
print(f"inertia={inertia:.4f}")
dist = np.sqrt(((X[:5, None] - C[None]) ** 2).sum(-1))
print(np.round(dist, 3))
