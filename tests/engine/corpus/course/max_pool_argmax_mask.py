import numpy as np

x = np.array([[[[1, 3, 2, 4],
                [5, 6, 1, 0],
                [7, 2, 9, 8],
                [3, 4, 1, 6]]]], dtype=float)
N, C, H, W = x.shape
ph = pw = 2
stride = 2
oh, ow = (H - ph) // stride + 1, (W - pw) // stride + 1
out = np.zeros((N, C, oh, ow))
mask = np.zeros_like(x, dtype=bool)
for i in range(oh):
    for j in range(ow):
        win = x[:, :, i*stride:i*stride+ph, j*stride:j*stride+pw]
        out[:, :, i, j] = win.max(axis=(2, 3))
        flat = win.reshape(N, C, -1)
        am = np.argmax(flat, axis=2)
        r, c = np.unravel_index(am, (ph, pw))
        for n in range(N):
            for ch in range(C):
                mask[n, ch, i*stride + r[n, ch], j*stride + c[n, ch]] = True
print(out)
print(mask.astype(int))
dout = np.array([[[[10., 20.], [30., 40.]]]])
dx = np.zeros_like(x)
dx[mask] = dout.ravel()
print(dx)
col = x.reshape(-1, ph*pw) if False else None
windows = x.reshape(N, C, oh, ph, ow, pw).transpose(0, 1, 2, 4, 3, 5).reshape(N, C, oh, ow, -1)
print(windows.argmax(axis=-1))
print(np.array_equal(windows.max(axis=-1), out))
avg = windows.mean(axis=-1)
print(avg)
