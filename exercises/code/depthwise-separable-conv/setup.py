# Seeded inputs for the depthwise-separable convolution exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
# C, N, K, OH = H - K + 1, OW = W - K + 1 are five different numbers on every seed, none of them 1
C, N, H, W, K = [(2, 6, 6, 9, 3), (3, 4, 7, 6, 2), (4, 7, 8, 11, 3)][SEED % 3]
x = rng.standard_normal((C, H, W))          # one image, channels first
w_dw = rng.uniform(-1.0, 1.5, (C, K, K))    # one K x K filter per channel
w_pw = rng.standard_normal((N, C))          # 1 x 1 convolution: C channels -> N
