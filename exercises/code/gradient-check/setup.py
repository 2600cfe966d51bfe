# Seeded inputs for the gradient-check exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
N, D, K = [(5, 3, 2), (7, 2, 4), (4, 5, 3)][SEED % 3]
X = rng.standard_normal((N, D))
T = rng.standard_normal((N, K))
W = rng.standard_normal((D, K))
