# corpus: traceback
import numpy as np

def im2col(x, fh, fw):
    N, C, H, W = x.shape
    return x.reshape(N, -1)

def conv_forward(x, W):
    col = im2col(x, 3, 3)
    return col @ W

x = np.zeros((2, 1, 4, 4))
print(conv_forward(x, np.ones((16, 2))).shape)
print(conv_forward(np.zeros((2, 4, 4)), np.ones((16, 2))))
