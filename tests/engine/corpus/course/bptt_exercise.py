# Day 3 exercise: BPTT (the blank is delta_t = delta_t.dot(U))
import numpy as np

def _sigmoid(x):
    return 1 / (1 + np.exp(-x))

def rnn_net(xs, W, U, V):
    # xs: (batch, n_seq, in), hidden h_t = sigmoid(x_t W^T + h_{t-1} U^T), out = h_t V^T
    batch_size, n_seq = xs.shape[:2]
    hidden = U.shape[0]
    hiddens = np.zeros((batch_size, n_seq, hidden))
    outputs = np.zeros((batch_size, n_seq, V.shape[0]))
    h = np.zeros((batch_size, hidden))
    for t in range(n_seq):
        h = _sigmoid(np.dot(xs[:, t], W.T) + np.dot(h, U.T))
        hiddens[:, t] = h
        outputs[:, t] = np.dot(h, V.T)
    return hiddens, outputs

def _calculate_do(outputs, ys):
    return outputs - ys

def bptt(xs, ys, W, U, V):
    hiddens, outputs = rnn_net(xs, W, U, V)
    dW = np.zeros_like(W)
    dU = np.zeros_like(U)
    dV = np.zeros_like(V)
    do = _calculate_do(outputs, ys)
    batch_size, n_seq = ys.shape[:2]
    for t in reversed(range(n_seq)):
        dV += np.dot(do[:, t].T, hiddens[:, t]) / batch_size
        delta_t = do[:, t].dot(V)
        for bptt_step in reversed(range(t + 1)):
            dW += np.dot(delta_t.T, xs[:, bptt_step]) / batch_size
            dU += np.dot(delta_t.T, hiddens[:, bptt_step - 1]) / batch_size
            delta_t = delta_t.dot(U)
    return dW, dU, dV

np.random.seed(3)
xs = np.random.randn(2, 4, 3)
ys = np.random.randn(2, 4, 2)
W = np.random.randn(5, 3) * 0.5
U = np.random.randn(5, 5) * 0.5
V = np.random.randn(2, 5) * 0.5
dW, dU, dV = bptt(xs, ys, W, U, V)
print(dW.shape, dU.shape, dV.shape)
print(dW)
print(dU)
print(dV)
