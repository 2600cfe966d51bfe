import numpy as np

rng = np.random.default_rng(7)
Z = rng.normal(size=(50, 2))
A = np.array([[3.0, 1.0, 0.5], [0.0, 1.0, 2.0]])
X = Z @ A + rng.normal(scale=0.1, size=(50, 3))
mu = X.mean(axis=0)
Xc = X - mu
cov = Xc.T @ Xc / (len(X) - 1)
vals, vecs = np.linalg.eigh(cov)
vals, vecs = vals[::-1], vecs[:, ::-1]
U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
print(np.round(vals, 5))
print(np.round(S ** 2 / (len(X) - 1), 5))
signs = np.sign(np.sum(vecs * Vt.T, axis=0))
print(np.allclose(vecs * signs, Vt.T))
ratio = vals / vals.sum()
print("explained:", [f"{r:.2%}" for r in ratio])
k = int(np.searchsorted(np.cumsum(ratio), 0.95) + 1)
print("components for 95%:", k)
proj = Xc @ Vt[:k].T
recon = proj @ Vt[:k] + mu
print(proj.shape, f"recon mse {np.mean((X - recon) ** 2):.6f}")
white = proj / np.sqrt(vals[:k])
print(np.allclose(np.cov(white, rowvar=False), np.eye(k)))
