import numpy as np

img = np.zeros((6, 6))
img[:, 3:] = 1.0
sobel_x = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float)
H, W = img.shape
out = np.zeros((H - 2, W - 2))
for i in range(H - 2):
    for j in range(W - 2):
        out[i, j] = np.sum(img[i:i+3, j:j+3] * sobel_x)
print(out)
padded = np.pad(img, 1, mode='edge')
print(padded.shape)
print(np.pad(np.array([[1, 2], [3, 4]]), ((1, 0), (0, 2)), constant_values=9))
print(np.pad(np.arange(3), 2, mode='reflect'))
win = np.lib.stride_tricks.sliding_window_view(img, (3, 3))
print(win.shape)
out2 = np.einsum('ijkl,kl->ij', win, sobel_x)
print(np.array_equal(out, out2))
relu = np.maximum(out, 0)
print(relu.astype(int))
