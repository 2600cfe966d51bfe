import numpy as np

def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_shape
    out_h = (H + 2*pad - filter_h)//stride + 1
    out_w = (W + 2*pad - filter_w)//stride + 1
    col = col.reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((N, C, H + 2*pad + stride - 1, W + 2*pad + stride - 1))
    for y in range(filter_h):
        y_max = y + stride*out_h
        for x in range(filter_w):
            x_max = x + stride*out_w
            img[:, :, y:y_max:stride, x:x_max:stride] += col[:, :, y, x, :, :]
    return img[:, :, pad:H + pad, pad:W + pad]

class Pooling:
    def __init__(self, pool_h, pool_w, stride=2):
        self.pool_h, self.pool_w, self.stride = pool_h, pool_w, stride
    def forward(self, x):
        N, C, H, W = x.shape
        out_h = (H - self.pool_h) // self.stride + 1
        out_w = (W - self.pool_w) // self.stride + 1
        # im2col without pad via strides tricks
        col = np.lib.stride_tricks.sliding_window_view(x, (self.pool_h, self.pool_w), axis=(2, 3))
        col = col[:, :, ::self.stride, ::self.stride]
        col = col.transpose(0, 2, 3, 1, 4, 5).reshape(-1, self.pool_h * self.pool_w)
        self.x = x
        self.arg_max = np.argmax(col, axis=1)
        out = np.max(col, axis=1).reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)
        return out
    def backward(self, dout):
        dout = dout.transpose(0, 2, 3, 1)
        pool_size = self.pool_h * self.pool_w
        dmax = np.zeros((dout.size, pool_size))
        dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = dout.flatten()
        dmax = dmax.reshape(dout.shape + (pool_size,))
        dcol = dmax.reshape(dmax.shape[0] * dmax.shape[1] * dmax.shape[2], -1)
        return col2im(dcol, self.x.shape, self.pool_h, self.pool_w, self.stride, 0)

x = np.array([[[[1, 2, 0, 1], [3, 4, 2, 2], [0, 1, 5, 6], [2, 2, 7, 1]],
               [[9, 0, 1, 1], [0, 0, 1, 3], [4, 4, 4, 4], [4, 4, 4, 5]]]], dtype=float)
pool = Pooling(2, 2)
out = pool.forward(x)
print(out)
print(pool.arg_max)
dx = pool.backward(np.arange(1.0, 9.0).reshape(out.shape))
print(dx)
flat = out.reshape(out.shape[0], -1)
print(flat, flat.base is not None)
print(dx.shape, dx.dtype, np.count_nonzero(dx))
