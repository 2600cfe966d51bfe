# Snapshot of the exam item exercises/questions/seq2seq-embedding-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    V, K = 10, 4
    E = rng.standard_normal((K, V))
    w = np.zeros(V)
    w[rng.randint(1, V)] = 1.0
    def embed(w, E):
        # w: one-hot vector (V,), E: embedding matrix (K, V)
        return E.dot(w)

    e = embed(w, E)
    print(SEED, 'reference', 'e', np.asarray(e).shape, np.asarray(e).tolist())
    try:
        def embed(w, E):
            # w: one-hot vector (V,), E: embedding matrix (K, V)
            return w.dot(E)

        e = embed(w, E)
        print(SEED, 'wrong', 'e', np.asarray(e).shape, np.asarray(e).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
