import numpy as np
for A in [np.eye(3), np.diag([2.0, -1.0, 3.0]), np.array([[1.0, 2, 3], [0, 4, 5], [0, 0, 6]]), np.array([[1.0, 2], [3, 4]]),
          np.array([[1.0, 0, 0], [0, 0, 1], [0, 1, 0]]), np.array([[2.0, 0], [0, 0], [0, 3]]), np.arange(12.0).reshape(4, 3) + np.eye(4, 3),
          np.array([[0.0, 1], [1, 0]]), np.array([[1.0, 1, 0], [1, 0, 1], [0, 1, 1]]), np.array([[3.0, 0], [4, 0]])]:
    for mode in ["reduced", "complete"]:
        q, r = np.linalg.qr(A, mode=mode)
        print(mode, q, r, sep="\n")
        print(np.allclose(q @ r, A))
print(np.linalg.qr(np.eye(2), mode="r"))
rng = np.random.default_rng(0)
M = rng.standard_normal((5, 3))
q, r = np.linalg.qr(M)
print(q, r)
