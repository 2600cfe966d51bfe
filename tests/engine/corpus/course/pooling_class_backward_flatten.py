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

class Pooling:
    def __init__(self, ph, pw, stride=1):
        self.ph, self.pw, self.stride = ph, pw, stride
    def forward(self, x):
        N, C, H, W = x.shape
        oh = (H - self.ph) // self.stride + 1
        ow = (W - self.pw) // self.stride + 1
        col = im2col(x, self.ph, self.pw, self.stride).reshape(-1, self.ph * self.pw)
        self.arg_max = np.argmax(col, axis=1)
        self.x = x
        return np.max(col, axis=1).reshape(N, oh, ow, C).transpose(0, 3, 1, 2)
    def backward(self, dout):
        dout = dout.transpose(0, 2, 3, 1)
        size = self.ph * self.pw
        dmax = np.zeros((dout.size, size))
        dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = dout.flatten()
        dmax = dmax.reshape(dout.shape + (size,))
        dcol = dmax.reshape(dmax.shape[0] * dmax.shape[1] * dmax.shape[2], -1)
        return col2im(dcol, self.x.shape, self.ph, self.pw, self.stride)

np.random.seed(5)
x = np.random.randint(0, 10, size=(2, 2, 4, 4)).astype(float)
pool = Pooling(2, 2, 2)
y = pool.forward(x)
print(y)
print(pool.arg_max)
dx = pool.backward(np.ones_like(y))
print(dx[0, 0])
print(dx.sum(), y.size)
flat = y.reshape(y.shape[0], -1)
print(flat.shape)
back = flat.reshape(*y.shape)
print(np.shares_memory(back, y), back.shape)
