# Seeded inputs for the BPTT exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
T = 4 + 2 * SEED           # sequence length
D = 3 + SEED               # input size
H = 4 + SEED % 2           # hidden size
W = rng.standard_normal((H, D)) * 0.5    # input -> hidden
U = rng.standard_normal((H, H)) * 0.5    # hidden(t-1) -> hidden(t)
xs = rng.standard_normal((T + 1, D))     # xs[1..T] are used
s = [rng.standard_normal(H) * 0.1]       # s[0]: initial state
for t in range(1, T + 1):
    s.append(np.tanh(W.dot(xs[t]) + U.dot(s[t - 1])))
dL_ds = rng.standard_normal(H)           # dL/ds[T] from the loss
