import numpy as np

x = np.random.default_rng(0).normal(size=(2, 3, 5, 5))
W = np.ones((4, 3, 3, 3))
b = np.zeros(4)
col = np.zeros((2 * 3 * 3, 27))
try:
    out = col @ W.reshape(4, -1).T + b.reshape(4, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    out = x[:, :, 0:3, 0:3] * W
except ValueError as e:
    print("ValueError:", e)
try:
    y = x.reshape(2, 3, 25) + np.ones((3, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    x.reshape(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    np.pad(x, [(1, 1), (1, 1)])
except ValueError as e:
    print("ValueError:", e)
try:
    x.transpose(0, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    np.dot(np.ones((2, 3)), np.ones((2, 3)))
except ValueError as e:
    print("ValueError:", e)
out = col @ W.reshape(4, -1).T + b
print(out.shape)
