import numpy as np

A = np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
Q = np.zeros_like(A)
for j in range(A.shape[1]):
    v = A[:, j].copy()
    for i in range(j):
        v -= (Q[:, i] @ A[:, j]) * Q[:, i]
    Q[:, j] = v / np.linalg.norm(v)
print(np.round(Q, 6))
print(np.allclose(Q.T @ Q, np.eye(3)))
R = Q.T @ A
print(np.round(R, 6))
print(np.allclose(np.triu(R), R, atol=1e-12))
q, r = np.linalg.qr(A)
print(np.allclose(np.abs(q), np.abs(Q)))
