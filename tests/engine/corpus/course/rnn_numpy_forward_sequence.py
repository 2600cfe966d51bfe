# Simple RNN forward over a sequence with tanh, many-to-one classification
import numpy as np
from common.functions import softmax, cross_entropy_error

np.random.seed(13)
T, D, H, C = 6, 3, 5, 4
xs = np.random.randn(T, D)
W_in = np.random.randn(D, H) * 0.3
W = np.random.randn(H, H) * 0.3
W_out = np.random.randn(H, C) * 0.3
b = np.zeros(H)
z = np.zeros(H)
zs = []
for t in range(T):
    z = np.tanh(xs[t].dot(W_in) + z.dot(W) + b)
    zs.append(z)
y = softmax(z.dot(W_out))
print(np.array(zs))
print(y, y.sum())
print(cross_entropy_error(np.array([0, 0, 1, 0]), y))
print(cross_entropy_error(np.array(2), y))
