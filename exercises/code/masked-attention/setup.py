# Seeded inputs for the masked attention exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
T, S, d_k, d_v = [(3, 5, 4, 2), (4, 2, 6, 3), (2, 6, 3, 5)][SEED % 3]   # never square, T != d_k
Q = rng.standard_normal((T, d_k)) * 1.5
K = rng.standard_normal((S, d_k)) * 1.5
V = rng.uniform(-2.0, 3.0, (S, d_v))
mask = rng.rand(T, S) < 0.4          # True: query t must not attend to key s
mask[:, 0] = False                   # every query keeps at least one key
mask[0, -1] = True                   # and at least one key is blocked
