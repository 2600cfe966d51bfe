import numpy as np

np.random.seed(42)
n = 200
x1 = np.random.normal(0, 2, n)
x2 = 0.5 * x1 + np.random.normal(0, 0.5, n)
X = np.column_stack([x1, x2])
Xc = X - X.mean(axis=0)
C = Xc.T @ Xc / (n - 1)
print("cov by hand:\n", C)
print("np.cov:\n", np.cov(X, rowvar=False))
print(np.allclose(C, np.cov(X.T)))
w, V = np.linalg.eigh(C)
idx = np.argsort(w)[::-1]
w, V = w[idx], V[:, idx]
ratio = w / w.sum()
print("explained variance ratio:", np.round(ratio, 4))
print("cumulative:", np.cumsum(ratio))
Z = Xc @ V[:, :1]
print(Z.shape, f"{Z.var(ddof=1):.6f}", f"{w[0]:.6f}")
corr = np.corrcoef(x1, x2)
print(np.round(corr, 4))
