import numpy as np

def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))

def lstm_steps(xs, Wx, Wh, b):
    H = Wh.shape[0]
    h = np.zeros((xs.shape[1], H))
    c = np.zeros_like(h)
    for x in xs:
        A = x @ Wx + h @ Wh + b
        f, g, i, o = A[:, :H], A[:, H:2*H], A[:, 2*H:3*H], A[:, 3*H:]
        f, i, o = sigmoid(f), sigmoid(i), sigmoid(o)
        g = np.tanh(g)
        c = f * c + g * i
        h = o * np.tanh(c)
        yield h, c

np.random.seed(1)
T, N, D, H = 4, 2, 3, 2
xs = np.random.randn(T, N, D)
Wx = np.random.randn(D, 4 * H) * 0.5
Wh = np.random.randn(H, 4 * H) * 0.5
b = np.zeros(4 * H)
hs = []
for t, (h, c) in enumerate(lstm_steps(xs, Wx, Wh, b)):
    hs.append(h)
    print(t, h.round(4).tolist(), f"{c.max():.6f}")
hs = np.stack(hs, axis=1)
print(hs.shape)
print(hs[:, -1])
gen = lstm_steps(xs[:1], Wx, Wh, b)
print(next(gen)[0].shape)
try:
    next(gen)
except StopIteration as e:
    print("done", repr(e))
