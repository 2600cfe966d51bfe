# Seeded inputs for the batch-normalisation exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
N, D = [(5, 3), (4, 6), (6, 2)][SEED % 3]                 # never square
n_batches = [3, 4, 5][SEED % 3]
momentum = [0.9, 0.8, 0.7][SEED % 3]
eps = [0.1, 0.05, 0.2][SEED % 3]                           # large enough that forgetting it shows
scale = rng.uniform(0.4, 1.5, D)                           # each feature its own spread and offset
offset = rng.uniform(1.0, 3.0, D) * rng.choice([-1, 1], D)
x_batches = [rng.standard_normal((N, D)) * scale + offset for _ in range(n_batches)]
x_test = rng.standard_normal((N + 1, D)) * scale + offset
gamma = rng.uniform(0.5, 1.2, D)
beta = rng.uniform(4.0, 6.0, D)                            # keeps the outputs away from 0
