# corpus: rtol=1e-5  (float32 pipeline: BLAS summation order is not reproducible to the last float32 digit)
import numpy as np
from common.time_layers import LSTM, TimeLSTM

np.random.seed(2)
N, D, H = 2, 3, 2
Wx = np.random.randn(D, 4 * H) * 0.5
Wh = np.random.randn(H, 4 * H) * 0.5
b = np.zeros(4 * H)
cell = LSTM(Wx, Wh, b)
x = np.random.randn(N, D)
h = np.zeros((N, H))
c = np.zeros((N, H))
h, c = cell.forward(x, h, c)
print(h)
print(c)
dx, dh_prev, dc_prev = cell.backward(np.ones((N, H)), np.zeros((N, H)))
print(dx)
print(dh_prev)
print(dc_prev)
print(cell.grads[2])

T = 4
tl = TimeLSTM(Wx.astype("f"), Wh.astype("f"), b.astype("f"))
xs = np.random.randn(N, T, D).astype("f")
hs = tl.forward(xs)
print(hs.dtype, hs.shape)
print(hs[:, -1, :])
dxs = tl.backward(np.ones_like(hs))
print(dxs[:, 0, :])
print(tl.grads[0].dtype, tl.grads[0].shape)
