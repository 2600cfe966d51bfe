import numpy as np
A = np.arange(1, 10).reshape(3, 3).astype(float)
print(np.allclose(A @ np.linalg.pinv(A) @ A, A))
print(np.inner(np.eye(2), np.array([3, 4])), np.cross([1, 0, 0], [0, 1, 0]), np.kron([1, 2], [1, 10]))
print(np.einsum("ij,jk->ik", np.eye(2), np.arange(4).reshape(2, 2)), np.einsum("i,i->", np.arange(3), np.arange(3)))
