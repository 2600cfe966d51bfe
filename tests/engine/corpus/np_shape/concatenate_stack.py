import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(np.concatenate([a, b]), np.concatenate((a, b), axis=0).shape, np.concatenate([a, a], axis=1), np.concatenate([a, b.T], axis=1))
print(np.concatenate([np.array([1, 2]), np.array([3.5])]), np.concatenate([a, a], axis=None))
print(np.stack([np.array([1, 2]), np.array([3, 4])]), np.stack([np.array([1, 2]), np.array([3, 4])], axis=1))
print(np.stack([a, a]).shape, np.stack([a, a], axis=2).shape, np.stack([a, a], axis=-1)[0])
print(np.vstack([np.array([1, 2]), np.array([3, 4])]), np.hstack([np.array([1, 2]), np.array([3, 4])]), np.hstack([a, a]))
print(np.vstack([a, b]), np.column_stack([np.array([1, 2]), np.array([3, 4])]), np.dstack([a, a]).shape)
try:
    np.concatenate([a, np.array([[1, 2, 3]])])
except ValueError as e:
    print("ValueError:", e)
try:
    np.stack([np.array([1, 2]), np.array([1, 2, 3])])
except ValueError as e:
    print("ValueError:", e)
