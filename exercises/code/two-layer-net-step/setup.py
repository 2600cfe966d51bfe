# Seeded inputs for the two-layer network exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
N, D, H, K = [(6, 4, 5, 3), (4, 7, 3, 5), (5, 3, 6, 4)][SEED % 3]   # all sizes differ: transposes show
learning_rate = [0.5, 0.1, 2.5][SEED % 3]                            # never 1
params = {
    'W1': rng.standard_normal((D, H)) * 0.8,
    'b1': rng.uniform(-0.5, 0.5, H),
    'W2': rng.standard_normal((H, K)) * 0.8,
    'b2': rng.uniform(-0.5, 0.5, K),
}
x_batch = rng.standard_normal((N, D))
labels = rng.randint(0, K, N)
t_batch = np.zeros((N, K))
t_batch[np.arange(N), labels] = 1.0
