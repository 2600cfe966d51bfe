# Snapshot of the code exercise exercises/code/word-embedding: setup.py + solution.py for the grader's seeds.
import numpy as np

for SEED in range(3):
    # Seeded inputs for the embedding exercise. SEED is set by the grader for each test.

    rng = np.random.RandomState(SEED)
    V = 8 + 4 * SEED          # vocabulary size
    K = 5                     # embedding size
    E = rng.standard_normal((K, V))
    word_id = int(rng.randint(1, V))
    w = np.zeros(V)
    w[word_id] = 1.0
    ids = rng.randint(0, V, size=6)
    ws = np.eye(V)[ids]       # (T, V): one one-hot row per word
    def embed(w, E):
        """w: one-hot vector of shape (V,); E: embedding matrix of shape (K, V).
        Returns the word's embedding, shape (K,)."""
        return E.dot(w)

    e = embed(w, E)
    es = np.array([embed(w_t, E) for w_t in ws])   # (T, K)
    print(SEED, 'e', np.asarray(e).shape, np.asarray(e).tolist())
    print(SEED, 'es', np.asarray(es).shape, np.asarray(es).tolist())
