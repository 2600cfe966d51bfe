import numpy as np
t = np.arange(60).reshape(3, 4, 5)
print(t[:, [0, 2], 1:3])
print(t[[0, 2], :, [1, 4]])
print(t[1, [3, 0]])
print(t[..., [0, -1]].shape, t[[0], ...].shape, t[:, 1, [2, 3]])
b = t[:, :, 0] > 20
print(b)
print(t[b].shape, t[b][:, :2])
