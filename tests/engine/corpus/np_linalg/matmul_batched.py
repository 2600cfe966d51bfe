import numpy as np
A = np.arange(12).reshape(2, 2, 3)
B = np.arange(12).reshape(2, 3, 2)
print(A @ B, np.matmul(A, B).shape)
print((A @ np.ones(3)).shape, (np.ones((4, 1, 2, 3)) @ np.ones((5, 3, 2))).shape)
print(np.matmul(np.ones((2, 3)), np.ones(3)))
try:
    np.matmul(np.ones(3), 2)
except ValueError as e:
    print("ValueError:", e)
print(np.dot(np.ones((2, 3, 4)), np.ones((4, 5))).shape)
