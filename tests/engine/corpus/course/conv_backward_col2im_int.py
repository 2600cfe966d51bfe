# Day 2: convolution backward (db, dW, dx through col2im) on integer data, and np.pad modes
import numpy as np

def im2col(x, fh, fw, stride=1, pad=0):
    N, C, H, W = x.shape
    oh, ow = (H + 2*pad - fh)//stride + 1, (W + 2*pad - fw)//stride + 1
    img = np.pad(x, [(0,0), (0,0), (pad,pad), (pad,pad)], 'constant')
    col = np.zeros((N, C, fh, fw, oh, ow), dtype=x.dtype)
    for y in range(fh):
        for xx in range(fw):
            col[:, :, y, xx, :, :] = img[:, :, y:y+stride*oh:stride, xx:xx+stride*ow:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N*oh*ow, -1)

def col2im(col, shape, fh, fw, stride=1, pad=0):
    N, C, H, W = shape
    oh, ow = (H + 2*pad - fh)//stride + 1, (W + 2*pad - fw)//stride + 1
    col = col.reshape(N, oh, ow, C, fh, fw).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((N, C, H + 2*pad + stride - 1, W + 2*pad + stride - 1), dtype=col.dtype)
    for y in range(fh):
        for xx in range(fw):
            img[:, :, y:y+stride*oh:stride, xx:xx+stride*ow:stride] += col[:, :, y, xx, :, :]
    return img[:, :, pad:H+pad, pad:W+pad]

x = (np.arange(1*2*5*5) % 5 - 2).reshape(1, 2, 5, 5).astype(np.int64)
W = (np.arange(2*2*3*3) % 3 - 1).reshape(2, 2, 3, 3)
b = np.array([1, -1])
FN, C, FH, FW = W.shape
col = im2col(x, FH, FW, stride=2, pad=1)
col_W = W.reshape(FN, -1).T
out = (col @ col_W + b).reshape(1, 3, 3, -1).transpose(0, 3, 1, 2)
print(out)
dout = np.ones_like(out)
d = dout.transpose(0, 2, 3, 1).reshape(-1, FN)
db = np.sum(d, axis=0)
dW = np.dot(col.T, d).transpose(1, 0).reshape(FN, C, FH, FW)
dcol = np.dot(d, col_W.T)
dx = col2im(dcol, x.shape, FH, FW, stride=2, pad=1)
print(db, dW.shape, dx.shape, dx.dtype)
print(dW[1])
print(dx[0, 1])
print(np.pad(np.arange(4).reshape(2, 2), 1, mode='edge'))
print(np.pad(np.arange(4).reshape(2, 2), ((1, 0), (0, 2)), constant_values=9))
print(np.pad(np.arange(5), 2, mode='reflect'), np.pad(np.arange(3.), (1, 2)))
