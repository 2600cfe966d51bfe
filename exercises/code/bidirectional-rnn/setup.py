# Seeded inputs for the bidirectional RNN exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
T = 5 + 2 * SEED           # sequence length
D = 3 + SEED               # input size
H = 4                      # hidden size of each direction
K = 2                      # output size
xs = rng.standard_normal((T, D))
W_f = rng.standard_normal((H, D)) * 0.5
U_f = rng.standard_normal((H, H)) * 0.5
W_b = rng.standard_normal((H, D)) * 0.5
U_b = rng.standard_normal((H, H)) * 0.5
V = rng.standard_normal((K, 2 * H)) * 0.5

def rnn(xs, W, U):
    """Runs a simple RNN over xs (T, D) in the given order; returns the states, shape (T, H)."""
    h = np.zeros(W.shape[0])
    hs = []
    for x in xs:
        h = np.tanh(W.dot(x) + U.dot(h))
        hs.append(h)
    return np.array(hs)
