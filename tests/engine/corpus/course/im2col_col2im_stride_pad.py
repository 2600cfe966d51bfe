# Day 2: im2col with np.pad and strided slices into a 6-D array, col2im with += on strided slices (stride 2, pad 1)
import numpy as np

def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_data.shape
    out_h = (H + 2*pad - filter_h)//stride + 1
    out_w = (W + 2*pad - filter_w)//stride + 1
    img = np.pad(input_data, [(0,0), (0,0), (pad, pad), (pad, pad)], 'constant')
    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w))
    for y in range(filter_h):
        y_max = y + stride*out_h
        for x in range(filter_w):
            x_max = x + stride*out_w
            col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride]
    col = col.transpose(0, 4, 5, 1, 2, 3).reshape(N*out_h*out_w, -1)
    return col

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

x = np.arange(2*3*5*5).reshape(2, 3, 5, 5).astype(np.float64)
col = im2col(x, 3, 3, stride=2, pad=1)
print(col.shape)
print(col[:3, :10])
print(col.sum(axis=0)[:9])
back = col2im(np.ones_like(col), x.shape, 3, 3, stride=2, pad=1)
print(back.shape)
print(back[0, 0])
x1 = np.random.RandomState(1).rand(1, 3, 7, 7)
c1 = im2col(x1, 5, 5, stride=1, pad=0)
print(c1.shape, np.round(c1[0, :5], 6))
