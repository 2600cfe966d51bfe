# corpus: rtol=1e-5  (float32 pipeline: BLAS summation order is not reproducible to the last float32 digit)
import numpy as np
from common.time_layers import TimeRNN

np.random.seed(1)
N, T, D, H = 2, 5, 3, 4
Wx = (np.random.randn(D, H) / np.sqrt(D)).astype("f")
Wh = (np.random.randn(H, H) / np.sqrt(H)).astype("f")
b = np.zeros(H).astype("f")
rnn = TimeRNN(Wx, Wh, b, stateful=True)
xs = np.random.randn(N, T, D).astype("f")
hs = rnn.forward(xs)
print(hs.shape, hs.dtype)
print(hs[:, -1])
hs2 = rnn.forward(xs)
print(hs2[:, 0])
rnn.reset_state()
hs3 = rnn.forward(xs)
print(np.allclose(hs3, hs))
dxs = rnn.backward(np.ones_like(hs3))
print(dxs.shape, dxs.dtype)
print(dxs[0])
for g in rnn.grads:
    print(g.shape, g.dtype)
print(rnn.grads[1])
print(rnn.dh)
