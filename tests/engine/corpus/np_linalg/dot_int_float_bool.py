import numpy as np
i = np.array([[1, 2], [3, 4]])
f = np.array([[0.5, 0.25], [1.0, -1.0]])
b = np.array([[True, False], [True, True]])
print(np.dot(i, i), np.dot(i, i).dtype, np.dot(i, f), np.dot(i, f).dtype)
print(np.dot(b, b), np.dot(b, b).dtype, np.dot(b, i), (b @ i).dtype)
print(np.dot(np.array([1, 2], dtype=np.uint8), np.array([200, 100], dtype=np.uint8)), np.dot(np.array([0.1, 0.2], dtype=np.float32), np.array([1, 1], dtype=np.float32)).dtype)
print(np.dot(i, 2.5), np.dot(np.array([1, 2]), np.array([[1], [2]])), np.dot([1, 2], [3, 4]), np.dot([[1, 2]], [[3], [4]]))
