# Book 2 chapter 6 TimeLSTM (the corpus's course module, tests/engine/corpus/_modules) forward + backward at batch
# 20, T 35, embedding 100, hidden 100, plus an SGD step; float32, as the book. Deterministic; prints a checksum.
import numpy as np
from common.time_layers import TimeLSTM

np.random.seed(7)
N, T, D, H = 20, 35, 100, 100
Wx = (np.random.randn(D, 4 * H) / np.sqrt(D)).astype('f')
Wh = (np.random.randn(H, 4 * H) / np.sqrt(H)).astype('f')
b = np.zeros(4 * H).astype('f')
layer = TimeLSTM(Wx, Wh, b, stateful=True)
xs = np.random.randn(N, T, D).astype('f')
target = (np.random.randn(N, T, H) * 0.1).astype('f')
lr = 0.01
for it in range(ITERS):
    hs = layer.forward(xs)
    dhs = hs - target
    loss = 0.5 * np.sum(dhs ** 2) / N
    dxs = layer.backward(dhs)
    for p, g in zip(layer.params, layer.grads):
        p -= lr * g
print("loss", loss)
print("checksum", float(np.sum(hs)), float(np.sum(dxs)), float(np.sum(Wx)), float(np.sum(Wh)), float(np.sum(b)))
