import numpy as np

# PCA as learners print it: the eigenvectors themselves, whose signs come from LAPACK's dsyevd
np.random.seed(0)
X = np.random.randn(40, 3) @ np.array([[2.0, 0.5, 0.0], [0.0, 1.0, 0.3], [0.0, 0.0, 0.2]])
C = np.cov(X, rowvar=False)
w, V = np.linalg.eigh(C)
print(w)
print(V)
Z = (X - X.mean(axis=0)) @ V[:, ::-1][:, :2]
print(Z[:3])
S = np.array([[4.0, 1.0, 0.0], [1.0, 4.0, 1.0], [0.0, 1.0, 4.0]])
print(np.linalg.eigh(S))
print(np.linalg.eigh(np.diag([2.0, 2.0, 1.0])).eigenvectors)
print(np.linalg.eigh(np.array([[2.0, 1.0], [1.0, 2.0]]))[1])
rng = np.random.default_rng(5)
for n in (2, 4, 7, 12):
    M = rng.standard_normal((n, n))
    w, V = np.linalg.eigh(M + M.T)
    print(n, np.round(V[:, 0], 6), np.round(V[0], 6))
