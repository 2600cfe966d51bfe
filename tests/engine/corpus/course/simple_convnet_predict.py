import numpy as np

def im2col(x, fh, fw, stride=1, pad=0):
    N, C, H, W = x.shape
    oh = (H + 2 * pad - fh) // stride + 1
    ow = (W + 2 * pad - fw) // stride + 1
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    col = np.zeros((N, C, fh, fw, oh, ow), dtype=x.dtype)
    for y in range(fh):
        for xx in range(fw):
            col[:, :, y, xx, :, :] = img[:, :, y:y + stride * oh:stride, xx:xx + stride * ow:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N * oh * ow, -1)

class SimpleConvNet:
    def __init__(self, input_dim=(1, 6, 6), filter_num=2, filter_size=3, hidden=4, out=3, std=0.1):
        C, H, W = input_dim
        conv_out = (H - filter_size) + 1
        pool_out = int(filter_num * (conv_out / 2) * (conv_out / 2))
        rng = np.random.RandomState(0)
        self.params = {
            "W1": std * rng.randn(filter_num, C, filter_size, filter_size), "b1": np.zeros(filter_num),
            "W2": std * rng.randn(pool_out, hidden), "b2": np.zeros(hidden),
            "W3": std * rng.randn(hidden, out), "b3": np.zeros(out)}
        self.pool_out = pool_out
    def predict(self, x):
        W1, b1 = self.params["W1"], self.params["b1"]
        FN, C, FH, FW = W1.shape
        N, _, H, W = x.shape
        oh, ow = H - FH + 1, W - FW + 1
        col = im2col(x, FH, FW)
        out = (col @ W1.reshape(FN, -1).T + b1).reshape(N, oh, ow, -1).transpose(0, 3, 1, 2)
        out = np.maximum(out, 0)
        pc = im2col(out, 2, 2, stride=2).reshape(-1, 4)
        pooled = pc.max(axis=1).reshape(N, oh // 2, ow // 2, FN).transpose(0, 3, 1, 2)
        h = np.maximum(pooled.reshape(N, -1) @ self.params["W2"] + self.params["b2"], 0)
        return h @ self.params["W3"] + self.params["b3"]

net = SimpleConvNet()
print({k: v.shape for k, v in net.params.items()}, net.pool_out)
x = np.arange(2 * 36, dtype=float).reshape(2, 1, 6, 6) / 36
s = net.predict(x)
print(s.shape)
print(s.round(6))
print(np.argmax(s, axis=1), (s - s.max(axis=1, keepdims=True)).round(6))
total = sum(v.size for v in net.params.values())
print(f"total params: {total:,}")
