import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

x = np.arange(1, 26, dtype=float).reshape(5, 5)
s = x.strides
win = as_strided(x, shape=(3, 3, 3, 3), strides=(s[0], s[1], s[0], s[1]))
print(win.shape, win[1, 2])
col = win.reshape(9, 9)
print(np.array_equal(sliding_window_view(x, (3, 3)).reshape(9, 9), col))
img = np.zeros_like(x)
rows, cols = np.meshgrid(np.arange(3), np.arange(3), indexing="ij")
for i in range(3):
    for j in range(3):
        img[i:i + 3, j:j + 3] += 1
print(img.astype(int))
ii = (np.arange(3)[:, None, None, None] + np.arange(3)[None, None, :, None])
jj = (np.arange(3)[None, :, None, None] + np.arange(3)[None, None, None, :])
img2 = np.zeros_like(x)
np.add.at(img2, (np.broadcast_to(ii, (3, 3, 3, 3)), np.broadcast_to(jj, (3, 3, 3, 3))), 1)
print(np.array_equal(img, img2))
pooled = sliding_window_view(x, (2, 2))[::2, ::2].max(axis=(-1, -2))
print(pooled)
print(win.flags.writeable, sliding_window_view(x, 2, axis=0).shape)
