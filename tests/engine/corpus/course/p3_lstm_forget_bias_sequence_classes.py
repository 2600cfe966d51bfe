import numpy as np

class TimeLSTM:
    def __init__(self, D, H, forget_bias=1.0, seed=0):
        rng = np.random.RandomState(seed)
        self.Wx = (rng.randn(D, 4 * H) / np.sqrt(D)).astype("f")
        self.Wh = (rng.randn(H, 4 * H) / np.sqrt(H)).astype("f")
        self.b = np.zeros(4 * H, dtype="f")
        self.b[:H] = forget_bias
        self.H = H

    def __call__(self, xs):
        N, T, _ = xs.shape
        H = self.H
        h = np.zeros((N, H), dtype="f")
        c = np.zeros((N, H), dtype="f")
        hs = np.empty((N, T, H), dtype="f")
        for t in range(T):
            A = xs[:, t] @ self.Wx + h @ self.Wh + self.b
            f = 1 / (1 + np.exp(-A[:, :H]))
            g = np.tanh(A[:, H:2 * H])
            i = 1 / (1 + np.exp(-A[:, 2 * H:3 * H]))
            o = 1 / (1 + np.exp(-A[:, 3 * H:]))
            c = f * c + g * i
            h = o * np.tanh(c)
            hs[:, t] = h
        return hs, c

xs = np.linspace(-1, 1, 2 * 5 * 3).reshape(2, 5, 3).astype(np.float32)
for fb in (0.0, 1.0):
    hs, c = TimeLSTM(3, 2, forget_bias=fb)(xs)
    print(fb, hs.dtype, c.dtype, hs.shape)
    print(np.abs(c).mean(axis=1).round(4))
    print(hs[:, -1].round(4))
