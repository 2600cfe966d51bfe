# Seeded inputs for the GRU exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
D = 3 + SEED               # input size
H = 4 + SEED % 2           # hidden size
T = 5 + 3 * SEED           # sequence length
W = rng.standard_normal((3 * H, D)) * 0.5   # input weights, rows: update z, reset r, candidate
U = rng.standard_normal((3 * H, H)) * 0.5   # recurrent weights, same row blocks
b = rng.standard_normal(3 * H) * 0.1
x = rng.standard_normal(D)
h_prev = rng.standard_normal(H) * 0.5
xs = rng.standard_normal((T, D))

def sigmoid(x):
    return 1 / (1 + np.exp(-x))
