# Seeded inputs for the Affine layer exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
N, D, H = [(4, 3, 5), (2, 5, 3), (6, 4, 2)][SEED % 3]     # never square: a missing transpose shows
W = rng.standard_normal((D, H))
b = rng.uniform(0.5, 1.5, H) * rng.choice([-1, 1], H)     # no zero bias
x = rng.standard_normal((N, D))
dout = rng.standard_normal((N, H))                         # upstream gradient dL/dout
