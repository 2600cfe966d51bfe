import numpy as np

A = np.array([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
print("symmetric:", np.allclose(A, A.T))
w, V = np.linalg.eigh(A)
print("eigenvalues:", w)
print("eigenvectors shape:", V.shape)
print("orthonormal:", np.allclose(V.T @ V, np.eye(3)))
recon = V @ np.diag(w) @ V.T
print("reconstructed:", np.allclose(recon, A))
for i in range(3):
    lhs = A @ V[:, i]
    rhs = w[i] * V[:, i]
    print(f"lambda_{i} = {w[i]:.6f}, |Av - lv| = {np.linalg.norm(lhs - rhs):.2e}" if np.linalg.norm(lhs - rhs) > 1e-12 else f"lambda_{i} = {w[i]:.6f} ok")
print("trace == sum eig:", np.isclose(np.trace(A), w.sum()))
print("det == prod eig:", np.isclose(np.linalg.det(A), np.prod(w)))
print(np.round(w, 4))
