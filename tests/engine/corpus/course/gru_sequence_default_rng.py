import numpy as np

def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))

class GRU:
    def __init__(self, Wx, Wh, b):
        self.Wx, self.Wh, self.b = Wx, Wh, b
    def forward(self, x, h_prev):
        H = self.Wh.shape[0]
        Wxz, Wxr, Wxh = self.Wx[:, :H], self.Wx[:, H:2*H], self.Wx[:, 2*H:]
        Whz, Whr, Whh = self.Wh[:, :H], self.Wh[:, H:2*H], self.Wh[:, 2*H:]
        bz, br, bh = self.b[:H], self.b[H:2*H], self.b[2*H:]
        z = sigmoid(x @ Wxz + h_prev @ Whz + bz)
        r = sigmoid(x @ Wxr + h_prev @ Whr + br)
        h_hat = np.tanh(x @ Wxh + (r * h_prev) @ Whh + bh)
        return (1 - z) * h_prev + z * h_hat

rng = np.random.default_rng(5)
D, H = 4, 3
gru = GRU(rng.standard_normal((D, 3*H)), rng.standard_normal((H, 3*H)), np.zeros(3*H))
xs = rng.standard_normal((6, 2, D))
h = np.zeros((2, H))
history = []
for t, x in enumerate(xs):
    h = gru.forward(x, h)
    history.append(h.copy())
hs = np.stack(history, axis=1)
print(hs.shape)
np.set_printoptions(precision=4, suppress=True)
print(hs[0])
print(np.linalg.norm(hs, axis=-1))
np.set_printoptions(precision=8, suppress=False)
print(hs[1, -1])
print(rng.integers(0, 10, size=5), rng.random(2))
print(rng.choice(5, 3, replace=False))
