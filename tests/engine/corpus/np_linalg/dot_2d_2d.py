import numpy as np
A = np.arange(6).reshape(2, 3)
B = np.arange(12).reshape(3, 4)
print(np.dot(A, B), A @ B, A.dot(B).shape)
print(np.dot(A, A.T), A.T @ A)
x = np.array([[1.0, 2.0]])
W = np.array([[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]])
print(np.dot(x, W), x.dot(W).shape, np.dot(W.T, x.T).shape)
try:
    np.dot(A, A)
except ValueError as e:
    print("ValueError:", e)
try:
    A @ A
except ValueError as e:
    print("ValueError:", e)
