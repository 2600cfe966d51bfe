import numpy as np

N, T, H, heads = 2, 3, 8, 2
x = np.arange(N * T * H).reshape(N, T, H)
d = H // heads
split = x.reshape(N, T, heads, d).transpose(0, 2, 1, 3)
print(split.shape, split.flags["C_CONTIGUOUS"])
print(split[0, 1])
merged = split.transpose(0, 2, 1, 3).reshape(N, T, H)
print(np.array_equal(merged, x))
print(x.swapaxes(1, 2).shape, np.moveaxis(x, -1, 0).shape)
print(x.reshape(-1, H).shape, x.reshape(N, -1).shape, x.ravel()[:5])
flat = x.T.reshape(-1)
print(flat[:6])
print(x[:, None, :, :].shape, x[..., None].shape, np.expand_dims(x, -1).shape)
print(np.squeeze(x[:, :1, :]).shape, x[:, 0].shape, x[:, 0:1].shape)
try:
    x.reshape(N, T, 3, -1)
except ValueError as e:
    print(e)
try:
    np.squeeze(x, axis=1)
except ValueError as e:
    print(e)
try:
    x.transpose(0, 1)
except ValueError as e:
    print(e)
