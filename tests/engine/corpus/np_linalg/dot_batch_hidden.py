import numpy as np
np.random.seed(0)
N, D, H = 3, 4, 5
x = np.random.randn(N, D)
Wx = np.random.randn(D, H)
Wh = np.random.randn(H, H)
h = np.zeros((N, H))
for t in range(4):
    h = np.tanh(np.dot(x, Wx) + np.dot(h, Wh))
    print(t, np.round(h[0], 8))
print(np.dot(h, Wh.T).shape, np.dot(h.T, h).shape, (h @ Wh @ Wh.T).shape)
print(np.linalg.norm(h, axis=1))
