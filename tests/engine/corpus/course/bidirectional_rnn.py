# Day 3 exercise: bidirectional RNN forward
import numpy as np

def bidirectional_rnn_net(xs, W_f, U_f, W_b, U_b, V):
    xs_f = np.zeros_like(xs)
    xs_b = np.zeros_like(xs)
    for i, x in enumerate(xs):
        xs_f[i] = x
        xs_b[i] = x[::-1]
    hs_f = _rnn(xs_f, W_f, U_f)
    hs_b = _rnn(xs_b, W_b, U_b)
    hs = [np.concatenate([h_f, h_b[::-1]], axis=1) for h_f, h_b in zip(hs_f, hs_b)]
    ys = hs.dot(V.T) if isinstance(hs, np.ndarray) else np.array(hs).dot(V.T)
    return ys

def _rnn(xs, W, U):
    # xs: (batch, seq, in) -> hidden states (batch, seq, hidden)
    out = []
    for x in xs:
        h = np.zeros(U.shape[0])
        hs = []
        for x_t in x:
            h = np.tanh(W.dot(x_t) + U.dot(h))
            hs.append(h)
        out.append(np.array(hs))
    return np.array(out)

np.random.seed(9)
xs = np.random.randn(2, 5, 3)
W_f, U_f = np.random.randn(4, 3) * 0.5, np.random.randn(4, 4) * 0.5
W_b, U_b = np.random.randn(4, 3) * 0.5, np.random.randn(4, 4) * 0.5
V = np.random.randn(2, 8) * 0.5
ys = bidirectional_rnn_net(xs, W_f, U_f, W_b, U_b, V)
print(ys.shape)
print(ys)
h_f = np.arange(6).reshape(3, 2)
h_b = np.arange(6).reshape(3, 2) * 10
print(np.concatenate([h_f, h_b[::-1]], axis=1))
print(np.concatenate([h_f, h_b[::-1]], axis=0))
