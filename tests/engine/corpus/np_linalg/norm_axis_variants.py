import numpy as np
t = np.arange(24, dtype=float).reshape(2, 3, 4) - 10
print(np.linalg.norm(t), np.linalg.norm(t, axis=2), np.linalg.norm(t, axis=-1, keepdims=True).shape)
print(np.linalg.norm(t, axis=(1, 2)), np.linalg.norm(t[0], axis=0), np.linalg.norm(np.array([1e200, 1e200])))
print(np.linalg.norm(np.array([3, 4])), np.linalg.norm(np.array([[3, 4]]), axis=1), np.linalg.norm([1, 2, 2]), np.linalg.norm(np.array([-1.0])))
