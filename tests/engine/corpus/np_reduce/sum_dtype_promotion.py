import numpy as np
print(np.array([1, 2], dtype=np.int32).sum().dtype, np.array([1, 2], dtype=np.uint8).cumsum().dtype, np.array([True, True]).cumsum().dtype)
print(np.array([1, 2], dtype=np.float32).sum().dtype, np.array([0.5, 0.5], dtype=np.float32).mean(), np.array([1, 2, 3]).mean().dtype)
print(np.array([[1, 2], [3, 4]], dtype=np.int32).prod(axis=0), np.array([200, 200], dtype=np.uint8).prod(), repr(np.array([255], dtype=np.uint8).max()))
