import numpy as np

A = np.array([[1.0, 2.0], [2.0, 4.0]])
print("det:", np.linalg.det(A))
try:
    np.linalg.inv(A)
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    np.linalg.solve(A, np.array([1.0, 2.0]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    np.linalg.inv(np.ones((2, 3)))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
print(issubclass(np.linalg.LinAlgError, ValueError))
reg = A + 1e-3 * np.eye(2)
print(np.round(np.linalg.inv(reg), 3))
print(np.linalg.matrix_rank(A), np.linalg.cond(np.eye(2)))
x, *_ = np.linalg.lstsq(A, np.array([1.0, 2.0]), rcond=None)
print(np.round(x, 6))
print(np.round(np.linalg.pinv(A), 6))
