# The original Day 3 code stores predictions with `out_bin[...] = np.round(y[:, t])`:
# on NumPy 2 assigning a 1-element array to an element raises.
import numpy as np
from common import functions

np.random.seed(0)
binary_dim = 8
binary = np.unpackbits(np.array([range(2 ** binary_dim)], dtype=np.uint8).T, axis=1)
W_in = np.random.randn(2, 16)
W_out = np.random.randn(16, 1)
W = np.random.randn(16, 16)
u = np.zeros((16, binary_dim + 1))
z = np.zeros((16, binary_dim + 1))
y = np.zeros((1, binary_dim))
a_int = np.random.randint(128)
b_int = np.random.randint(128)
a_bin, b_bin, d_bin = binary[a_int], binary[b_int], binary[a_int + b_int]
out_bin = np.zeros_like(d_bin)
for t in range(binary_dim):
    X = np.array([a_bin[-t - 1], b_bin[-t - 1]]).reshape(1, -1)
    u[:, t + 1] = np.dot(X, W_in) + np.dot(z[:, t].reshape(1, -1), W)
    z[:, t + 1] = functions.sigmoid(u[:, t + 1])
    y[:, t] = functions.sigmoid(np.dot(z[:, t + 1].reshape(1, -1), W_out))
    print("t =", t, "y =", y[:, t])
    out_bin[binary_dim - t - 1] = np.round(y[:, t])
print(out_bin)
