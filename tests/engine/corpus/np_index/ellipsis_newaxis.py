import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t[..., 0], t[..., 1].shape, t[0, ...], t[..., 1:3].shape, t[1, ..., 2])
print(t[:, None].shape, t[None, ..., None].shape, t[:, np.newaxis, 1].shape, t[..., None].shape)
x = np.arange(3)
print(x[:, None] * x[None, :])
print(x[...], x[()], np.array(5)[()], np.array(5)[...])
