# Snapshot of the exam item exercises/questions/birnn-concat-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    B, T, D, H, K = 2, 5, 3, 4, 2
    def _rnn(xs, W, U):
        out = []
        for seq in xs:
            h = np.zeros(W.shape[0])
            hs = []
            for x_t in seq:
                h = np.tanh(W.dot(x_t) + U.dot(h))
                hs.append(h)
            out.append(hs)
        return np.array(out)
    xs = rng.standard_normal((B, T, D))
    W_f, W_b = rng.standard_normal((H, D)), rng.standard_normal((H, D))
    U_f, U_b = rng.standard_normal((H, H)), rng.standard_normal((H, H))
    V = rng.standard_normal((K, 2 * H))
    def bidirectional_rnn_net(xs, W_f, U_f, W_b, U_b, V):
        xs_f = np.zeros_like(xs)
        xs_b = np.zeros_like(xs)
        for i, x in enumerate(xs):
            xs_f[i] = x
            xs_b[i] = x[::-1]          # the sequence read backwards
        hs_f = _rnn(xs_f, W_f, U_f)    # (batch, T, H)
        hs_b = _rnn(xs_b, W_b, U_b)    # (batch, T, H), in reversed time order
        hs = [np.concatenate([h_f, h_b[::-1]], axis=1) for h_f, h_b in zip(hs_f, hs_b)]
        ys = np.array(hs).dot(V.T)
        return ys

    ys = bidirectional_rnn_net(xs, W_f, U_f, W_b, U_b, V)
    print(SEED, 'reference', 'ys', np.asarray(ys).shape, np.asarray(ys).tolist())
    try:
        def bidirectional_rnn_net(xs, W_f, U_f, W_b, U_b, V):
            xs_f = np.zeros_like(xs)
            xs_b = np.zeros_like(xs)
            for i, x in enumerate(xs):
                xs_f[i] = x
                xs_b[i] = x[::-1]          # the sequence read backwards
            hs_f = _rnn(xs_f, W_f, U_f)    # (batch, T, H)
            hs_b = _rnn(xs_b, W_b, U_b)    # (batch, T, H), in reversed time order
            hs = [np.concatenate([h_f, h_b], axis=1) for h_f, h_b in zip(hs_f, hs_b)]
            ys = np.array(hs).dot(V.T)
            return ys

        ys = bidirectional_rnn_net(xs, W_f, U_f, W_b, U_b, V)
        print(SEED, 'wrong', 'ys', np.asarray(ys).shape, np.asarray(ys).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
