# float64 matrix · matrix products as OpenBLAS's dgemm computes them: a chain of fused multiply-adds per element, so
# a sum that cancels leaves NumPy's tiny residue (and the array prints in scientific notation), and repr shows the
# same last digits
import numpy as np

v1 = np.linspace(-1, 1, 12).reshape(3, 4)
v2 = np.log(np.abs(v1) + 1)
print(v2 @ v1.T)
print(np.dot(v2, v1.T), (v2 @ v1.T)[1, 1])
print(v1 @ v2.T)
rng = np.random.default_rng(0)
for m, k, n in [(3, 4, 3), (5, 7, 6), (2, 3, 2), (8, 8, 8), (16, 16, 16), (2, 1, 3)]:
    A = rng.standard_normal((m, k))
    B = rng.standard_normal((k, n))
    print(repr(A @ B))
    print(repr(np.dot(A, B[:, ::-1])), repr(A @ A.T), repr(np.matmul(A[None], B)[0] - A @ B))
    print(repr(np.einsum("ij,jk->ik", A, B)), repr(np.tensordot(A, B, axes=1)))
