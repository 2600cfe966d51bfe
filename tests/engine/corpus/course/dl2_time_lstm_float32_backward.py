import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

class TimeLSTM:
    def __init__(self, Wx, Wh, b, stateful=False):
        self.params = [Wx, Wh, b]
        self.grads = [np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b)]
        self.h, self.c = None, None
        self.stateful = stateful
        self.cache = []
    def forward(self, xs):
        Wx, Wh, b = self.params
        N, T, D = xs.shape
        H = Wh.shape[0]
        hs = np.empty((N, T, H), dtype='f')
        if not self.stateful or self.h is None:
            self.h = np.zeros((N, H), dtype='f')
        if not self.stateful or self.c is None:
            self.c = np.zeros((N, H), dtype='f')
        self.cache = []
        for t in range(T):
            x = xs[:, t, :]
            A = x @ Wx + self.h @ Wh + b
            f, g, i, o = A[:, :H], A[:, H:2*H], A[:, 2*H:3*H], A[:, 3*H:]
            f, g, i, o = sigmoid(f), np.tanh(g), sigmoid(i), sigmoid(o)
            c_prev, h_prev = self.c, self.h
            self.c = f * c_prev + g * i
            self.h = o * np.tanh(self.c)
            self.cache.append((x, h_prev, c_prev, i, f, g, o, self.c))
            hs[:, t, :] = self.h
        return hs
    def backward(self, dhs):
        Wx, Wh, b = self.params
        N, T, H = dhs.shape
        dxs = np.empty((N, T, Wx.shape[0]), dtype='f')
        dh, dc = 0, 0
        grads = [np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b)]
        for t in reversed(range(T)):
            x, h_prev, c_prev, i, f, g, o, c_next = self.cache[t]
            dh_t = dhs[:, t, :] + dh
            tanh_c = np.tanh(c_next)
            ds = dc + (dh_t * o) * (1 - tanh_c ** 2)
            dc = ds * f
            di, df, do, dg = ds * g, ds * c_prev, dh_t * tanh_c, ds * i
            di *= i * (1 - i); df *= f * (1 - f); do *= o * (1 - o); dg *= (1 - g ** 2)
            dA = np.hstack((df, dg, di, do))
            grads[0] += x.T @ dA
            grads[1] += h_prev.T @ dA
            grads[2] += dA.sum(axis=0)
            dxs[:, t, :] = dA @ Wx.T
            dh = dA @ Wh.T
        for i, g in enumerate(grads):
            self.grads[i][...] = g
        return dxs

rng = np.random.RandomState(1)
N, T, D, H = 2, 4, 3, 2
layer = TimeLSTM((rng.randn(D, 4 * H) / np.sqrt(D)).astype('f'), (rng.randn(H, 4 * H) / np.sqrt(H)).astype('f'), np.zeros(4 * H, dtype='f'))
xs = rng.randn(N, T, D).astype('f')
hs = layer.forward(xs)
print(hs.dtype, hs.shape, np.round(hs[0], 4))
dxs = layer.backward(np.ones_like(hs))
print(dxs.dtype, np.round(dxs[1], 4))
print([g.dtype for g in layer.grads], np.round(layer.grads[2], 4))
print(type(layer.cache[0][4]).__name__, layer.cache[0][4].dtype, len(layer.cache))
