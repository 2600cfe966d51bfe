import numpy as np

# eigh reads one triangle (UPLO='L' by default, 'U' on request): the eigenvector signs are LAPACK's (dsyevd);
# eigvalsh gives the eigenvalues alone (dsyevd's dsterf path) at any size
rng = np.random.default_rng(7)
for n in (2, 3, 5, 9, 25):
    M = rng.standard_normal((n, n))
    for uplo in ("L", "U"):
        w, V = np.linalg.eigh(M, UPLO=uplo)
        print(n, uplo, w[:3], np.round(V[:, 0], 6), np.round(V[0], 6))
        print(np.allclose(np.linalg.eigvalsh(M, UPLO=uplo), w), np.linalg.eigvalsh(M, uplo)[-2:])
S = np.array([[4.0, 1.0, 0.0], [1.0, 4.0, 1.0], [0.0, 1.0, 4.0]])
print(np.linalg.eigh(S, UPLO="u"))
print(np.linalg.eigvalsh(S), np.linalg.eigvalsh([[2, 1], [1, 2]]))
stack = rng.standard_normal((2, 3, 4, 4))
w, V = np.linalg.eigh(stack)
print(w.shape, V.shape, np.round(w[1, 2], 6), np.round(V[0, 1, :, 3], 6))
print(np.round(np.linalg.eigvalsh(stack, UPLO="U")[1], 6))
for n in (26, 40, 64):
    A = rng.standard_normal((n, n))
    A = A + A.T
    print(n, np.linalg.eigvalsh(A)[:4], np.linalg.eigvalsh(A, UPLO="U")[-2:])
print(np.linalg.eigvalsh(np.zeros((0, 0))), np.linalg.eigh(np.zeros((0, 0))))
for bad in (np.ones(3), np.ones((2, 3))):
    try:
        np.linalg.eigvalsh(bad)
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
try:
    np.linalg.eigh(S, UPLO="X")
except ValueError as e:
    print("ValueError:", e)
