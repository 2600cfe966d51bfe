import numpy as np

def run_rnn(xs, Wx, Wh):
    h = np.zeros(Wh.shape[0])
    out = []
    for x in xs:
        h = np.tanh(x @ Wx + h @ Wh)
        out.append(h)
    return np.array(out)

np.random.seed(11)
xs = np.random.randn(5, 3)
Wf = np.random.randn(3, 2), np.random.randn(2, 2)
Wb = np.random.randn(3, 2), np.random.randn(2, 2)
fwd = run_rnn(xs, *Wf)
bwd = run_rnn(xs[::-1], *Wb)[::-1]
out = np.concatenate([fwd, bwd], axis=1)
print(out.shape)
print(out)
print(np.hstack((fwd, bwd)).flags["C_CONTIGUOUS"], bwd.flags["C_CONTIGUOUS"])
summed = fwd + bwd
print(summed.mean(axis=0))
print(np.array_equal(out[:, 2:], bwd))
first, last = out[0], out[-1]
print(f"{first!r}")
print(f"{last!s}")
