# Seeded inputs for the optimiser exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
shape = [(3, 4), (5, 2), (2, 3)][SEED % 3]                  # never square
lr = [0.1, 0.05, 0.2][SEED % 3]
momentum = [0.9, 0.7, 0.8][SEED % 3]
decay_rate = [0.99, 0.9, 0.95][SEED % 3]
beta1, beta2 = [(0.9, 0.999), (0.8, 0.99), (0.85, 0.995)][SEED % 3]
steps = [3, 4, 5][SEED % 3]
W0 = rng.standard_normal(shape)
# gradients of different sizes at each step, so that the moving averages matter
grad_seq = [rng.standard_normal(shape) * s for s in [2.0, 0.5, 1.5, 3.0, 0.8][:steps]]
