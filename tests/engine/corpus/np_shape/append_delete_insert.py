import numpy as np
a = np.array([1, 2, 3])
print(np.append(a, 4), np.append(a, [4.5, 5]), np.append([[1, 2]], [[3, 4]], axis=0), np.append(np.arange(4).reshape(2, 2), [[9], [9]], axis=1))
print(np.append(np.arange(4).reshape(2, 2), [7, 8]), a)
print(np.delete(a, 1), np.delete(np.arange(12).reshape(3, 4), 1, axis=0), np.delete(np.arange(12).reshape(3, 4), [0, 2], axis=1), np.delete(np.arange(6), [0, -1]))
print(np.insert(a, 1, 99), np.insert(np.arange(6).reshape(2, 3), 1, 0, axis=1))
