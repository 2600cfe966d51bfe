# Snapshot of the exam item exercises/questions/bptt-delta-dot-u-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    T, D, H = 5, 3, 4
    W = rng.standard_normal((H, D)) * 0.5
    U = rng.standard_normal((H, H)) * 0.5
    xs = rng.standard_normal((T + 1, D))
    s = [rng.standard_normal(H) * 0.1]
    for t in range(1, T + 1):
        s.append(np.tanh(W.dot(xs[t]) + U.dot(s[t - 1])))
    dL_ds = rng.standard_normal(H)
    # forward pass (done in setup): s[t] = np.tanh(W.dot(xs[t]) + U.dot(s[t - 1]))
    dU = np.zeros_like(U)
    delta_t = dL_ds * (1 - s[T] ** 2)    # error at the pre-activation of step T
    for t in range(T, 0, -1):
        dU += np.outer(delta_t, s[t - 1])
        delta_t = delta_t.dot(U)                    # error reaching s[t - 1]
        delta_t = delta_t * (1 - s[t - 1] ** 2)
    print(SEED, 'reference', 'dU', np.asarray(dU).shape, np.asarray(dU).tolist())
    print(SEED, 'reference', 'delta_t', np.asarray(delta_t).shape, np.asarray(delta_t).tolist())
    try:
        # forward pass (done in setup): s[t] = np.tanh(W.dot(xs[t]) + U.dot(s[t - 1]))
        dU = np.zeros_like(U)
        delta_t = dL_ds * (1 - s[T] ** 2)    # error at the pre-activation of step T
        for t in range(T, 0, -1):
            dU += np.outer(delta_t, s[t - 1])
            delta_t = delta_t.dot(U.T)                    # error reaching s[t - 1]
            delta_t = delta_t * (1 - s[t - 1] ** 2)
        print(SEED, 'wrong', 'dU', np.asarray(dU).shape, np.asarray(dU).tolist())
        print(SEED, 'wrong', 'delta_t', np.asarray(delta_t).shape, np.asarray(delta_t).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
