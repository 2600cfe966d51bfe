# Predicting the next value of a sine wave with a hand-written LSTM (forward + BPTT, float64)
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

np.random.seed(10)
T, H = 8, 6
t_all = np.linspace(0, 4 * np.pi, 60)
wave = np.sin(t_all)
Wx = np.random.randn(1, 4 * H) * 0.3
Wh = np.random.randn(H, 4 * H) * 0.3
b = np.zeros(4 * H)
Wy = np.random.randn(H, 1) * 0.3
by = np.zeros(1)
lr = 0.05
for epoch in range(30):
    total = 0.0
    for start in range(0, 40, 4):
        xs = wave[start:start + T].reshape(T, 1, 1)
        target = wave[start + T]
        h = np.zeros((1, H)); c = np.zeros((1, H))
        cache = []
        for t in range(T):
            A = xs[t].dot(Wx) + h.dot(Wh) + b
            f, g, i, o = sigmoid(A[:, :H]), np.tanh(A[:, H:2 * H]), sigmoid(A[:, 2 * H:3 * H]), sigmoid(A[:, 3 * H:])
            c_new = f * c + g * i
            h_new = o * np.tanh(c_new)
            cache.append((xs[t], h, c, f, g, i, o, c_new))
            h, c = h_new, c_new
        y = h.dot(Wy) + by
        loss = 0.5 * float((y[0, 0] - target) ** 2)
        total += loss
        dy = y - target
        dWy = h.T.dot(dy); dby = dy.sum(axis=0)
        dh = dy.dot(Wy.T); dc = np.zeros_like(dh)
        dWx = np.zeros_like(Wx); dWh = np.zeros_like(Wh); db = np.zeros_like(b)
        for x, h_prev, c_prev, f, g, i, o, c_new in reversed(cache):
            tc = np.tanh(c_new)
            ds = dc + dh * o * (1 - tc ** 2)
            dA = np.hstack((ds * c_prev * f * (1 - f), ds * i * (1 - g ** 2), ds * g * i * (1 - i), dh * tc * o * (1 - o)))
            dWx += x.T.dot(dA); dWh += h_prev.T.dot(dA); db += dA.sum(axis=0)
            dh = dA.dot(Wh.T); dc = ds * f
        for p, gr in ((Wx, dWx), (Wh, dWh), (b, db), (Wy, dWy), (by, dby)):
            p -= lr * gr
    if epoch % 5 == 0 or epoch == 29:
        print("epoch %2d loss %.8f" % (epoch, total))
print(np.round(Wy.ravel(), 5))
