import numpy as np
A = np.arange(1, 10).reshape(3, 3).astype(float)
I = np.eye(3)
print(np.array_equal(A @ I, A), (I @ A == A).all(), np.allclose(A @ np.eye(3) @ A, A @ A))
print(np.dot(A, np.ones(3)), np.dot(np.ones(3), A), np.ones(3) @ A @ np.ones(3))
