# Snapshot of the exam item exercises/questions/lstm-output-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    N, D, H = 2, 3, 4
    def _sigmoid(z):
        return 1 / (1 + np.exp(-z))
    x = rng.standard_normal((N, D))
    h0 = rng.standard_normal((N, H))
    c0 = rng.standard_normal((N, H))
    W = rng.standard_normal((4 * H, D))
    U = rng.standard_normal((4 * H, H))
    b = rng.standard_normal(4 * H)
    def lstm(x, h, c, W, U, b):
        lstm_in = x.dot(W.T) + h.dot(U.T) + b
        a, i, f, o = np.hsplit(lstm_in, 4)
        a = np.tanh(a)
        input_gate = _sigmoid(i)
        forget_gate = _sigmoid(f)
        output_gate = _sigmoid(o)
        c = input_gate * a + forget_gate * c
        h = output_gate * np.tanh(c)
        return h, c

    h_new, c_new = lstm(x, h0, c0, W, U, b)
    print(SEED, 'reference', 'h_new', np.asarray(h_new).shape, np.asarray(h_new).tolist())
    print(SEED, 'reference', 'c_new', np.asarray(c_new).shape, np.asarray(c_new).tolist())
    try:
        def lstm(x, h, c, W, U, b):
            lstm_in = x.dot(W.T) + h.dot(U.T) + b
            a, i, f, o = np.hsplit(lstm_in, 4)
            a = np.tanh(a)
            input_gate = _sigmoid(i)
            forget_gate = _sigmoid(f)
            output_gate = _sigmoid(o)
            c = input_gate * a + forget_gate * c
            h = output_gate * c
            return h, c

        h_new, c_new = lstm(x, h0, c0, W, U, b)
        print(SEED, 'wrong', 'h_new', np.asarray(h_new).shape, np.asarray(h_new).tolist())
        print(SEED, 'wrong', 'c_new', np.asarray(c_new).shape, np.asarray(c_new).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
