import numpy as np
x = np.arange(6).reshape(2, 3)
v = np.array([10, 20])
print(x + v[:, None], x + v.reshape(-1, 1), x * np.expand_dims(v, 1))
print(np.squeeze(x[:, :1]), x[:, :1].squeeze().shape, x[None].squeeze().shape, x[:, 1:2].ravel())
print(x.reshape(2, 3, 1) * np.array([1, -1]), (x.reshape(2, 3, 1) * np.array([1, -1])).shape)
