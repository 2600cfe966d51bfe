import numpy as np
print(np.zeros(3), np.zeros((2, 3)), np.zeros(3, dtype=int), np.zeros((2,), dtype=bool))
print(np.ones(4), np.ones((2, 2), dtype=np.int32), np.ones((1, 3), dtype=np.uint8))
print(np.full(3, 7), np.full((2, 2), 0.5), np.full((2,), True), np.full(3, 7).dtype, np.full(2, 1.0).dtype)
print(np.zeros((0, 3)), np.zeros((0, 3)).shape, np.ones(()), np.zeros((2, 1, 2)))
e = np.empty((3, 4))
print(e.shape, e.dtype, np.empty(5, dtype=int).shape, np.empty((2, 2), dtype=np.float32).dtype)
