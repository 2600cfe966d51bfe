# Snapshot of the exam item exercises/questions/gru-update-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    N, D, H = 2, 3, 4
    def _sigmoid(v):
        return 1 / (1 + np.exp(-v))
    x = rng.standard_normal((N, D))
    h0 = rng.standard_normal((N, H))
    W_r, W_z, W = (rng.standard_normal((H, D)) for _ in range(3))
    U_r, U_z, U = (rng.standard_normal((H, H)) for _ in range(3))
    def gru(x, h, W_r, U_r, W_z, U_z, W, U):
        r = _sigmoid(x.dot(W_r.T) + h.dot(U_r.T))        # reset gate
        z = _sigmoid(x.dot(W_z.T) + h.dot(U_z.T))        # update gate
        h_bar = np.tanh(x.dot(W.T) + (r * h).dot(U.T))   # candidate state
        h_new = (1 - z) * h + z * h_bar
        return h_new

    h1 = gru(x, h0, W_r, U_r, W_z, U_z, W, U)
    print(SEED, 'reference', 'h1', np.asarray(h1).shape, np.asarray(h1).tolist())
    try:
        def gru(x, h, W_r, U_r, W_z, U_z, W, U):
            r = _sigmoid(x.dot(W_r.T) + h.dot(U_r.T))        # reset gate
            z = _sigmoid(x.dot(W_z.T) + h.dot(U_z.T))        # update gate
            h_bar = np.tanh(x.dot(W.T) + (r * h).dot(U.T))   # candidate state
            h_new = z * h + (1 - z) * h_bar
            return h_new

        h1 = gru(x, h0, W_r, U_r, W_z, U_z, W, U)
        print(SEED, 'wrong', 'h1', np.asarray(h1).shape, np.asarray(h1).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
