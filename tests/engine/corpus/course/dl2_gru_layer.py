import numpy as np
from common.time_layers import GRU

np.random.seed(3)
N, D, H = 3, 2, 3
Wx = np.random.randn(D, 3 * H) * 0.5
Wh = np.random.randn(H, 3 * H) * 0.5
b = np.random.randn(3 * H) * 0.1
gru = GRU(Wx, Wh, b)
x = np.random.randn(N, D)
h = np.random.randn(N, H) * 0.1
for t in range(3):
    h = gru.forward(x, h)
print(h)
dx, dh_prev = gru.backward(np.ones_like(h))
print(dx)
print(dh_prev)
print(gru.dWx)
print(gru.db)
