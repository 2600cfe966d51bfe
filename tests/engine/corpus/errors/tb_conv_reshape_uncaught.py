# corpus: traceback
import numpy as np

def conv_forward(x, W, stride=1):
    N, C, H, Wd = x.shape
    FN, C2, FH, FW = W.shape
    out_h = (H - FH) // stride + 1
    out_w = (Wd - FW) // stride + 1
    col = np.zeros((N * out_h * out_w, C * FH * FW))
    out = col @ W.reshape(FN, -1).T
    return out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)

x = np.zeros((2, 3, 6, 6))
print(conv_forward(x, np.zeros((4, 3, 3, 3))).shape)
W_bad = np.zeros((4, 1, 3, 3))
print(conv_forward(x, W_bad).shape)
