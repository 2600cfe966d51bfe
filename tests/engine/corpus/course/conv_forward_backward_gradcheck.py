import numpy as np

def im2col(x, fh, fw, stride=1, pad=0):
    N, C, H, W = x.shape
    oh = (H + 2 * pad - fh) // stride + 1
    ow = (W + 2 * pad - fw) // stride + 1
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], 'constant')
    col = np.zeros((N, C, fh, fw, oh, ow))
    for y in range(fh):
        for xx in range(fw):
            col[:, :, y, xx] = img[:, :, y:y + stride * oh:stride, xx:xx + stride * ow:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N * oh * ow, -1)

def col2im(col, shape, fh, fw, stride=1, pad=0):
    N, C, H, W = shape
    oh = (H + 2 * pad - fh) // stride + 1
    ow = (W + 2 * pad - fw) // stride + 1
    col = col.reshape(N, oh, ow, C, fh, fw).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((N, C, H + 2 * pad + stride - 1, W + 2 * pad + stride - 1))
    for y in range(fh):
        for xx in range(fw):
            img[:, :, y:y + stride * oh:stride, xx:xx + stride * ow:stride] += col[:, :, y, xx]
    return img[:, :, pad:H + pad, pad:W + pad]

class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad
    def forward(self, x):
        FN, C, FH, FW = self.W.shape
        N, C, H, W = x.shape
        oh = 1 + (H + 2 * self.pad - FH) // self.stride
        ow = 1 + (W + 2 * self.pad - FW) // self.stride
        self.x = x
        self.col = im2col(x, FH, FW, self.stride, self.pad)
        self.col_W = self.W.reshape(FN, -1).T
        out = self.col @ self.col_W + self.b
        return out.reshape(N, oh, ow, -1).transpose(0, 3, 1, 2)
    def backward(self, dout):
        FN, C, FH, FW = self.W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, FN)
        self.db = np.sum(dout, axis=0)
        self.dW = (self.col.T @ dout).transpose(1, 0).reshape(FN, C, FH, FW)
        dcol = dout @ self.col_W.T
        return col2im(dcol, self.x.shape, FH, FW, self.stride, self.pad)

np.random.seed(0)
x = np.random.randn(2, 3, 5, 5)
W = np.random.randn(4, 3, 3, 3) * 0.1
b = np.zeros(4)
conv = Convolution(W, b, stride=2, pad=1)
out = conv.forward(x)
print(out.shape)
dout = np.random.randn(*out.shape)
dx = conv.backward(dout)
print(dx.shape, conv.dW.shape, conv.db.shape)

def loss():
    return np.sum(conv.forward(x) * dout)

h = 1e-5
num = np.zeros_like(W)
it = np.nditer(W, flags=['multi_index'])
while not it.finished:
    idx = it.multi_index
    old = W[idx]
    W[idx] = old + h; lp = loss()
    W[idx] = old - h; lm = loss()
    W[idx] = old
    num[idx] = (lp - lm) / (2 * h)
    it.iternext()
conv.forward(x); conv.backward(dout)
rel = np.max(np.abs(num - conv.dW)) / np.max(np.abs(num))
print("dW ok:", rel < 1e-7)
numx = np.zeros_like(x)
for idx in [(0, 0, 0, 0), (1, 2, 4, 4), (0, 1, 2, 3)]:
    old = x[idx]
    x[idx] = old + h; lp = loss()
    x[idx] = old - h; lm = loss()
    x[idx] = old
    print(idx, f"{(lp - lm) / (2 * h):.6f}", f"{dx[idx]:.6f}")
