# Seeded inputs for the activation-layer exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
N, H = [(3, 4), (5, 2), (2, 6)][SEED % 3]
scale = [2.0, 3.0, 6.0][SEED % 3]
x = rng.uniform(-scale, scale, (N, H))
x[0, 0] = 0.0                     # exact zeros: ReLU's gradient there is 0 (mask x <= 0)
x[-1, -1] = 0.0
x[0, -1] = -0.25
dout_relu = rng.uniform(0.5, 2.0, (N, H)) * rng.choice([-1, 1], (N, H))
dout_sigmoid = rng.uniform(0.5, 2.0, (N, H)) * rng.choice([-1, 1], (N, H))
