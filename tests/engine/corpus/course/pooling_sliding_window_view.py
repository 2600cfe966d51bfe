# Day 2: pooling and im2col with numpy.lib.stride_tricks (window views instead of loops)
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view, as_strided

x = np.array([[[[1, 2, 0, 5], [3, 4, 1, 1], [0, 9, 8, 2], [7, 1, 3, 3]]]], dtype=np.float32)
win = sliding_window_view(x, (2, 2), axis=(2, 3))
print(win.shape, win.flags.writeable)
pooled = win[:, :, ::2, ::2].max(axis=(-2, -1))
print(pooled)
print(win[0, 0, ::2, ::2].reshape(-1, 4).argmax(axis=1))

# im2col for a 3x3 filter, stride 1, as a view then a copy
img = np.arange(2 * 5 * 5).reshape(2, 5, 5)
cols = sliding_window_view(img, (3, 3), axis=(1, 2))
print(cols.shape)
col = cols.reshape(2 * 3 * 3, -1)
print(col[:4])
k = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]])
print(np.einsum("nhwij,ij->nhw", cols, k)[1])

# 1-D windows (n-grams of a corpus) and as_strided with byte strides
corpus = np.array([0, 1, 2, 3, 4, 1, 5, 6])
print(sliding_window_view(corpus, 3))
s = corpus.strides[0]
print(as_strided(corpus, shape=(3, 4), strides=(2 * s, s)))
print(np.lib.stride_tricks.sliding_window_view(np.arange(5.0), 2).mean(axis=1))

try:
    win[0, 0, 0, 0, 0, 0] = 1
except ValueError as e:
    print("ValueError:", e)
for bad in ((corpus, 9), (corpus, (2, 2))):
    try:
        sliding_window_view(*bad)
    except ValueError as e:
        print("ValueError:", e)
