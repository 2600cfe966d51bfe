import numpy as np

def conv_naive(x, w, b, stride=1, pad=0):
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode='constant', constant_values=0)
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    window = xp[n, :, i*stride:i*stride+HH, j*stride:j*stride+WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    return out

def conv_im2col(x, w, b, stride=1, pad=0):
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    cols = []
    for i in range(H_out):
        for j in range(W_out):
            cols.append(xp[:, :, i*stride:i*stride+HH, j*stride:j*stride+WW].reshape(N, -1))
    col = np.stack(cols, axis=1)
    out = col @ w.reshape(F, -1).T + b
    return out.transpose(0, 2, 1).reshape(N, F, H_out, W_out)

rng = np.random.RandomState(0)
x = rng.randn(2, 3, 5, 5)
w = rng.randn(2, 3, 3, 3)
b = rng.randn(2)
o1 = conv_naive(x, w, b, stride=2, pad=1)
o2 = conv_im2col(x, w, b, stride=2, pad=1)
print(o1.shape, np.allclose(o1, o2), np.max(np.abs(o1 - o2)) < 1e-12)
print(o1[1, 0])
print(np.pad(np.array([[1, 2], [3, 4]]), 1), np.pad(np.arange(3), (2, 1), mode='edge'))
print(np.pad(np.ones((2, 2)), ((1, 0), (0, 2)), constant_values=7))
print(rng.randint(0, 5, size=(2, 3)), rng.rand(2).round(6), rng.normal(0, 1, 2).round(6))
