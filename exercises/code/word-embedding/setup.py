# Seeded inputs for the embedding exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
V = 8 + 4 * SEED          # vocabulary size
K = 5                     # embedding size
E = rng.standard_normal((K, V))
word_id = int(rng.randint(1, V))
w = np.zeros(V)
w[word_id] = 1.0
ids = rng.randint(0, V, size=6)
ws = np.eye(V)[ids]       # (T, V): one one-hot row per word
