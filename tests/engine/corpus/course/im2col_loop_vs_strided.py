import numpy as np

def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_data.shape
    out_h = (H + 2 * pad - filter_h) // stride + 1
    out_w = (W + 2 * pad - filter_w) // stride + 1
    img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)], 'constant')
    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w))
    for y in range(filter_h):
        y_max = y + stride * out_h
        for x in range(filter_w):
            x_max = x + stride * out_w
            col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1)

def im2col_naive(x, fh, fw, stride=1, pad=0):
    N, C, H, W = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh = (H + 2 * pad - fh) // stride + 1
    ow = (W + 2 * pad - fw) // stride + 1
    rows = []
    for n in range(N):
        for i in range(oh):
            for j in range(ow):
                patch = xp[n, :, i * stride:i * stride + fh, j * stride:j * stride + fw]
                rows.append(patch.ravel())
    return np.array(rows)

x = np.arange(2 * 2 * 5 * 5, dtype=np.float64).reshape(2, 2, 5, 5)
for stride, pad in [(1, 0), (2, 1), (1, 1), (3, 0)]:
    a = im2col(x, 3, 3, stride, pad)
    b = im2col_naive(x, 3, 3, stride, pad)
    print(stride, pad, a.shape, np.array_equal(a, b))
print(im2col(x[:1, :1], 2, 2, 2, 0))
