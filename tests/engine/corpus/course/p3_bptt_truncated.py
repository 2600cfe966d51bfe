import numpy as np

np.random.seed(0)
V, H, T = 5, 4, 12
data = np.random.randint(0, V, size=T + 1)
Wx = np.random.randn(V, H) * 0.1
Wh = np.random.randn(H, H) * 0.1
Wy = np.random.randn(H, V) * 0.1

def forward_backward(xs, ts, h0):
    hs = {-1: h0}
    ps = {}
    loss = 0.0
    for t in range(len(xs)):
        x = np.zeros(V); x[xs[t]] = 1
        hs[t] = np.tanh(x @ Wx + hs[t-1] @ Wh)
        y = hs[t] @ Wy
        p = np.exp(y - y.max()); p /= p.sum()
        ps[t] = p
        loss += -np.log(p[ts[t]])
    dWx, dWh, dWy = np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(Wy)
    dh_next = np.zeros(H)
    for t in reversed(range(len(xs))):
        dy = ps[t].copy(); dy[ts[t]] -= 1
        dWy += np.outer(hs[t], dy)
        dh = dy @ Wy.T + dh_next
        draw = (1 - hs[t] ** 2) * dh
        x = np.zeros(V); x[xs[t]] = 1
        dWx += np.outer(x, draw)
        dWh += np.outer(hs[t-1], draw)
        dh_next = draw @ Wh.T
    return loss, (dWx, dWh, dWy), hs[len(xs) - 1]

h = np.zeros(H)
block = 4
for start in range(0, T, block):
    xs = data[start:start + block]
    ts = data[start + 1:start + block + 1]
    loss, grads, h = forward_backward(xs, ts, h)
    norms = [np.sqrt(np.sum(g ** 2)) for g in grads]
    print(f"block {start // block}: loss={loss:.6f} norms=" + ", ".join(f"{n:.3e}" for n in norms))
    for p, g in zip((Wx, Wh, Wy), grads):
        p -= 0.1 * g
print(np.round(h, 5))
