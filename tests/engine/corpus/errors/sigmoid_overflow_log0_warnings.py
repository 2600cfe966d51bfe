# corpus: traceback
import numpy as np
def sigmoid(x):
    return 1 / (1 + np.exp(-x))
x = np.array([-1000.0, -10.0, 0.0, 10.0, 1000.0])
print(sigmoid(x))
y = np.array([0.0, 0.5, 1.0])
t = np.array([0.0, 1.0, 1.0])
print(-np.sum(t * np.log(y)))
print(-np.sum(t * np.log(y + 1e-7)))
print(np.log(0), np.log(-1.0) if False else "skip", np.exp(710.0))
print(y / 0.0)
with np.errstate(divide="ignore", invalid="ignore"):
    print(np.log(y), y / 0.0)
old = np.seterr(all="ignore")
print(np.exp(1000.0), np.float64(0) / 0, old["divide"])
np.seterr(**old)
print(np.float64(1.0) / 0)
print(np.sqrt(np.array([-1.0, 4.0])))
z = np.array([1, 2], dtype=np.int32) * 2_000_000_000
print(z, np.int32(2_000_000_000) * np.int32(2))
print(np.tanh(1000.0), np.exp(-1000.0), np.log1p(-1.0))
