# Compare a hand-written BPTT gradient with a numerical gradient for a tiny tanh RNN
import numpy as np
np.random.seed(4)
T, D, H = 4, 2, 3
xs = np.random.randn(T, D)
Wx = np.random.randn(D, H) * 0.5
Wh = np.random.randn(H, H) * 0.5
def forward(Wx, Wh):
    h = np.zeros(H)
    hs = [h]
    for t in range(T):
        h = np.tanh(xs[t].dot(Wx) + h.dot(Wh))
        hs.append(h)
    return hs
def loss(Wx, Wh):
    return np.sum(forward(Wx, Wh)[-1])
hs = forward(Wx, Wh)
dWx = np.zeros_like(Wx)
dWh = np.zeros_like(Wh)
dh = np.ones(H)
for t in reversed(range(T)):
    dt = dh * (1 - hs[t + 1] ** 2)
    dWx += np.outer(xs[t], dt)
    dWh += np.outer(hs[t], dt)
    dh = dt.dot(Wh.T)
eps = 1e-6
num = np.zeros_like(Wh)
for i in range(H):
    for j in range(H):
        P = Wh.copy(); P[i, j] += eps
        M = Wh.copy(); M[i, j] -= eps
        num[i, j] = (loss(Wx, P) - loss(Wx, M)) / (2 * eps)
print(dWh)
print(np.max(np.abs(num - dWh)) < 1e-6)
print(dWx)
