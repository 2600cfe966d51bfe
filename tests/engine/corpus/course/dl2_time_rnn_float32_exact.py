# The book's TimeRNN in float32 ('f'), printed in full: float32 matmul (fused multiply-adds in order, like
# OpenBLAS's small sgemm), tanh, exp and softmax must give NumPy's exact float32 digits
import numpy as np


class TimeRNN:
    def __init__(self, Wx, Wh, b, stateful=False):
        self.params = [Wx, Wh, b]
        self.h = None
        self.stateful = stateful

    def forward(self, xs):
        Wx, Wh, b = self.params
        N, T, D = xs.shape
        D, H = Wx.shape
        hs = np.empty((N, T, H), dtype='f')
        if not self.stateful or self.h is None:
            self.h = np.zeros((N, H), dtype='f')
        for t in range(T):
            self.h = np.tanh(np.dot(xs[:, t, :], Wx) + np.dot(self.h, Wh) + b)
            hs[:, t, :] = self.h
        return hs


def softmax(x):
    x = x - x.max(axis=1, keepdims=True)
    x = np.exp(x)
    x /= x.sum(axis=1, keepdims=True)
    return x


np.random.seed(0)
N, T, D, H = 2, 5, 3, 4
Wx = (np.random.randn(D, H) / np.sqrt(D)).astype('f')
Wh = (np.random.randn(H, H) / np.sqrt(H)).astype('f')
b = np.zeros(H).astype('f')
rnn = TimeRNN(Wx, Wh, b)
xs = np.random.randn(N, T, D).astype(np.float32)
hs = rnn.forward(xs)
print(hs.dtype, hs.shape)
print(hs)
print(np.sum(hs, axis=(0, 2)))
s = softmax(hs.reshape(N * T, H))
print(s)
ts = np.array([1, 2, 0, 3, 1, 1, 2, 0, 3, 1])
loss = -np.sum(np.log(s[np.arange(N * T), ts] + 1e-7)) / (N * T)
print(loss, type(loss).__name__)
Wy = (np.random.randn(H, 6) * 0.1).astype('f')
print(np.dot(hs.reshape(N * T, H), Wy))
print(hs[0] @ Wh.T)
