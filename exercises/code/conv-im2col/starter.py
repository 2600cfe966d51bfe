def im2col(x, FH, FW, stride, pad):
    """Unfolds x (N, C, H, W) into rows, one per (example, output row, output column)."""
    N, C, H, W = x.shape
    out_h = ____
    out_w = (W + 2 * pad - FW) // stride + 1
    xp = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    col = np.zeros((N, out_h, out_w, C * FH * FW))
    for i in range(out_h):
        for j in range(out_w):
            window = ____
            col[:, i, j, :] = window.reshape(N, -1)
    return col.reshape(N * out_h * out_w, -1), out_h, out_w


class Convolution:
    def __init__(self, W, b, stride, pad):
        self.W, self.b = W, b          # W: (FN, C, FH, FW), b: (FN,)
        self.stride, self.pad = stride, pad

    def forward(self, x):
        FN, C, FH, FW = self.W.shape
        N = x.shape[0]
        col, out_h, out_w = im2col(x, FH, FW, self.stride, self.pad)
        col_W = ____
        out = ____
        return ____


col, out_h, out_w = im2col(x, FH, FW, stride, pad)
out = Convolution(W, b, stride, pad).forward(x)
