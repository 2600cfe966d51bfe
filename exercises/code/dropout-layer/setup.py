# Seeded inputs for the Dropout exercise. SEED is set by the grader for each test.
import numpy as np

np.random.seed(SEED)                                   # the layer draws its mask from this stream
N, D = [(4, 6), (3, 5), (6, 2)][SEED % 3]             # never square
dropout_ratio = [0.3, 0.6, 0.25][SEED % 3]            # never 0.5: a swapped ratio shows
x = np.random.randn(N, D)
dout = np.random.randn(N, D)                           # upstream gradient dL/dout
