# 0 * inf is nan inside a matrix product too (BLAS does not skip zero terms), small and large, float64 and float32
import numpy as np
import warnings
warnings.simplefilter("ignore")

A = np.array([[0.0, 1.0], [2.0, 3.0]])
B = np.array([[np.inf, 1.0], [1.0, np.nan]])
print(A @ B)
print(np.dot(A[0], B[:, 0]), A[:, :1] @ B[:1])
print(A.astype(np.float32) @ B.astype(np.float32))
print((np.zeros((70, 70)) @ np.full((70, 70), np.inf))[0, :3])
print(np.outer([0.0, 1.0], [np.inf, 2.0]))
