# Seeded inputs for the im2col convolution exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
# (N, C, H, W_in, FN, FH, FW, stride, pad): non-square inputs and filters, padding everywhere, strides 1 and 2
N, C, H, W_in, FN, FH, FW, stride, pad = [
    (3, 4, 7, 6, 5, 2, 3, 1, 1),
    (3, 2, 7, 5, 2, 3, 2, 2, 1),
    (4, 3, 6, 7, 5, 3, 4, 2, 2),
][SEED % 3]
x = rng.standard_normal((N, C, H, W_in))
W = rng.standard_normal((FN, C, FH, FW))
b = rng.uniform(0.5, 1.5, FN) * rng.choice([-1, 1], FN)   # no zero bias
