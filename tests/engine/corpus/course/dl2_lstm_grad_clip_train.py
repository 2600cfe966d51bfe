# corpus: rtol=1e-5  (float32 pipeline: BLAS summation order is not reproducible to the last float32 digit)
# TimeLSTM regression on a toy sequence with Adam and gradient clipping
import numpy as np
from common.time_layers import TimeLSTM, TimeAffine
from common.optimizer import Adam
from common.util import clip_grads

np.random.seed(7)
N, T, D, H = 4, 6, 1, 5
t_axis = np.linspace(0, 2 * np.pi, T + 1)
phases = np.random.rand(N, 1) * 2 * np.pi
seq = np.sin(t_axis[None, :] + phases)
xs = seq[:, :-1, None].astype("f")
ys = seq[:, 1:, None].astype("f")
lstm = TimeLSTM((np.random.randn(D, 4 * H) / np.sqrt(D)).astype("f"), (np.random.randn(H, 4 * H) / np.sqrt(H)).astype("f"), np.zeros(4 * H, dtype="f"))
aff = TimeAffine((np.random.randn(H, 1) / np.sqrt(H)).astype("f"), np.zeros(1, dtype="f"))
params = lstm.params + aff.params
grads = lstm.grads + aff.grads
opt = Adam(lr=0.05)
for it in range(40):
    hs = lstm.forward(xs)
    pred = aff.forward(hs)
    diff = pred - ys
    loss = np.mean(diff ** 2)
    dpred = 2 * diff / diff.size
    dhs = aff.backward(dpred)
    lstm.backward(dhs)
    clip_grads(grads, 1.0)
    opt.update(params, grads)
    if it % 10 == 0 or it == 39:
        print(it, "%.5f" % loss)
print(pred.dtype, pred.shape)
