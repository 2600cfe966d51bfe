# Day 2: Convolution and max Pooling layers (im2col, argmax / max over axis=1, backward scatter) on float32 data
import numpy as np

def im2col(x, fh, fw, stride=1, pad=0):
    N, C, H, W = x.shape
    oh = (H + 2*pad - fh)//stride + 1
    ow = (W + 2*pad - fw)//stride + 1
    img = np.pad(x, [(0,0), (0,0), (pad,pad), (pad,pad)], 'constant')
    col = np.zeros((N, C, fh, fw, oh, ow), dtype=x.dtype)
    for y in range(fh):
        for xx in range(fw):
            col[:, :, y, xx, :, :] = img[:, :, y:y+stride*oh:stride, xx:xx+stride*ow:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N*oh*ow, -1)

class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad
    def forward(self, x):
        FN, C, FH, FW = self.W.shape
        N, C, H, W = x.shape
        out_h = 1 + int((H + 2*self.pad - FH) / self.stride)
        out_w = 1 + int((W + 2*self.pad - FW) / self.stride)
        col = im2col(x, FH, FW, self.stride, self.pad)
        col_W = self.W.reshape(FN, -1).T
        out = np.dot(col, col_W) + self.b
        return out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)

class Pooling:
    def __init__(self, pool_h, pool_w, stride=2):
        self.pool_h, self.pool_w, self.stride = pool_h, pool_w, stride
    def forward(self, x):
        N, C, H, W = x.shape
        out_h = int(1 + (H - self.pool_h) / self.stride)
        out_w = int(1 + (W - self.pool_w) / self.stride)
        col = im2col(x, self.pool_h, self.pool_w, self.stride, 0)
        col = col.reshape(-1, self.pool_h*self.pool_w)
        self.arg_max = np.argmax(col, axis=1)
        out = np.max(col, axis=1)
        return out.reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)
    def backward(self, dout):
        dout = dout.transpose(0, 2, 3, 1)
        pool_size = self.pool_h * self.pool_w
        dmax = np.zeros((dout.size, pool_size))
        dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = dout.flatten()
        dmax = dmax.reshape(dout.shape + (pool_size,))
        return dmax

x = (np.arange(2*2*6*6) % 7 - 3).reshape(2, 2, 6, 6).astype(np.float32)
W = (np.arange(3*2*3*3) % 5 - 2).reshape(3, 2, 3, 3).astype(np.float32)
b = np.array([0.5, -1, 0], dtype=np.float32)
conv = Convolution(W, b, stride=1, pad=1)
out = conv.forward(x)
print(out.shape, out.dtype)
print(out[0, 1])
pool = Pooling(2, 2, stride=2)
p = pool.forward(out)
print(p.shape)
print(p[1])
print(pool.arg_max[:12])
dm = pool.backward(np.ones_like(p))
print(dm.shape, dm.sum(), dm[0, 0, 0])
