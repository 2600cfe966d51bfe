# Snapshot of the code exercise exercises/code/bptt-backward: setup.py + solution.py for the grader's seeds.
import numpy as np

for SEED in range(3):
    # Seeded inputs for the BPTT exercise. SEED is set by the grader for each test.

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
    def bptt(xs, s, W, U, dL_ds):
        T = len(s) - 1
        dW = np.zeros_like(W)
        dU = np.zeros_like(U)
        delta_t = dL_ds * (1 - s[T] ** 2)      # error at the pre-activation of step T
        for t in range(T, 0, -1):
            dW += np.outer(delta_t, xs[t])
            dU += np.outer(delta_t, s[t - 1])
            delta_t = delta_t.dot(U)                      # error reaching s[t - 1]
            if t > 1:
                delta_t = delta_t * (1 - s[t - 1] ** 2)
        return dW, dU, delta_t

    dW, dU, delta_0 = bptt(xs, s, W, U, dL_ds)
    print(SEED, 'dW', np.asarray(dW).shape, np.asarray(dW).tolist())
    print(SEED, 'dU', np.asarray(dU).shape, np.asarray(dU).tolist())
    print(SEED, 'delta_0', np.asarray(delta_0).shape, np.asarray(delta_0).tolist())
