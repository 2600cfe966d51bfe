import numpy as np
v = np.array([3.0, 4.0])
M = np.array([[1.0, -2.0], [3.0, 4.0]])
print(np.linalg.norm(v), np.linalg.norm(M), np.linalg.norm(M, axis=0), np.linalg.norm(M, axis=1), np.linalg.norm(M, axis=1, keepdims=True))
print(np.linalg.norm(v, 1), np.linalg.norm(v, np.inf), np.linalg.norm(M, "fro"), np.linalg.norm(np.arange(10)), repr(np.linalg.norm(v)))
print(np.linalg.norm(np.zeros(3)), np.linalg.norm(np.ones((2, 2, 2))), np.linalg.norm(M, ord=1), np.linalg.norm(M, ord=np.inf))
print(np.sqrt(np.sum(M ** 2)), np.linalg.norm([[1, 2], [2, 1]], axis=(0, 1)))
