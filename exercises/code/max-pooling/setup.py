# Seeded inputs for the max-pooling exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
# (N, C, H, W, pool_h, pool_w, stride): non-square pools, overlapping windows (stride < pool) on seeds 0 and 1
N, C, H, W, pool_h, pool_w, stride = [
    (2, 3, 6, 8, 2, 3, 1),
    (3, 2, 7, 8, 3, 2, 2),
    (2, 4, 8, 11, 2, 2, 2),
][SEED % 3]
x = rng.standard_normal((N, C, H, W))          # continuous values: no ties for the maximum
dout = rng.uniform(0.5, 2.0, (N, C, (H - pool_h) // stride + 1, (W - pool_w) // stride + 1))
