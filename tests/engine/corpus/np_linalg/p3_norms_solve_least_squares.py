import numpy as np

A = np.array([[2.0, 1.0], [1.0, 3.0]])
b = np.array([1.0, 2.0])
x = np.linalg.solve(A, b)
print(x, A @ x, np.allclose(A @ x, b))
print(np.linalg.inv(A))
print(np.linalg.det(A), np.linalg.norm(A), np.linalg.norm(A, 2), np.linalg.cond(A))
w, V = np.linalg.eigh(A)
print(w, np.abs(V))
X = np.c_[np.ones(5), np.arange(5.0)]
y = 2 + 3 * np.arange(5.0) + np.array([0.1, -0.1, 0.05, 0.0, -0.05])
theta = np.linalg.inv(X.T @ X) @ X.T @ y
print(theta)
print(np.linalg.solve(X.T @ X, X.T @ y))
v = np.array([3.0, 4.0])
print(np.linalg.norm(v), np.linalg.norm(v, 1), np.linalg.norm(v, np.inf), v / np.linalg.norm(v))
M = np.arange(6.0).reshape(2, 3)
print(np.linalg.norm(M, axis=0), np.linalg.norm(M, axis=1, keepdims=True))
print(np.linalg.matrix_power(A, 3), np.linalg.matrix_rank(np.ones((3, 3))))
try:
    np.linalg.solve(np.ones((2, 2)), b)
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
