import numpy as np

np.random.seed(0)
X = np.random.randn(6, 4)
U, S, Vt = np.linalg.svd(X, full_matrices=False)
print(U.shape, S.shape, Vt.shape)
print("singular values:", np.round(S, 5))
print("descending:", np.all(np.diff(S) <= 0))
print("recon:", np.allclose(U @ np.diag(S) @ Vt, X))
for k in range(1, 5):
    Xk = U[:, :k] @ np.diag(S[:k]) @ Vt[:k]
    err = np.linalg.norm(X - Xk)
    print(f"rank {k}: frobenius error {err:.6f} vs sqrt(sum tail) {np.sqrt(np.sum(S[k:]**2)):.6f}")
print("2-norm == S[0]:", np.isclose(np.linalg.norm(X, 2), S[0]))
print("rank:", np.linalg.matrix_rank(X))
Uf, Sf, Vtf = np.linalg.svd(X)
print(Uf.shape, Sf.shape, Vtf.shape)
