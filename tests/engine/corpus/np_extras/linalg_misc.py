import numpy as np
A = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.linalg.det(A), np.linalg.inv(A), np.round(np.linalg.inv(A) @ A, 10) + 0.0)
print(np.linalg.solve(A, np.array([1.0, 2.0])), np.trace(A), np.linalg.matrix_rank(A), A.T.T is A)
print(np.round(np.linalg.eigvals(np.array([[2.0, 0.0], [0.0, 3.0]])), 6))
try:
    np.linalg.inv(np.zeros((2, 2)))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
