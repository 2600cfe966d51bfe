class MaxPooling:
    def __init__(self, pool_h, pool_w, stride):
        self.pool_h, self.pool_w, self.stride = pool_h, pool_w, stride

    def forward(self, x):
        ph, pw, s = self.pool_h, self.pool_w, self.stride
        N, C, H, W = x.shape
        out_h = (H - ph) // s + 1
        out_w = (W - pw) // s + 1
        out = np.zeros((N, C, out_h, out_w))
        self.arg_max = np.zeros((N, C, out_h, out_w), dtype=int)
        for i in range(out_h):
            for j in range(out_w):
                window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, ph * pw)
                out[:, :, i, j] = np.max(window, axis=2)
                self.arg_max[:, :, i, j] = np.argmax(window, axis=2)
        self.x_shape = x.shape
        return out

    def backward(self, dout):
        ph, pw, s = self.pool_h, self.pool_w, self.stride
        N, C, out_h, out_w = dout.shape
        dx = np.zeros(self.x_shape)
        for i in range(out_h):
            for j in range(out_w):
                am = self.arg_max[:, :, i, j]        # position of the maximum inside each window, 0 .. ph*pw - 1
                r = i * s + am // pw                 # its row in x
                c = j * s + am % pw                  # its column in x
                for n in range(N):
                    for ch in range(C):
                        dx[n, ch, r[n, ch], c[n, ch]] += dout[n, ch, i, j]
        return dx


pool = MaxPooling(pool_h, pool_w, stride)
out = pool.forward(x)
dx = pool.backward(dout)
