import numpy as np
hs = np.arange(24, dtype=float).reshape(2, 3, 4)
a = np.array([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]])
print(hs * a[:, :, None])
print((hs * a[:, :, np.newaxis]).sum(axis=1))
b = np.array([1.0, -1.0, 0.5, 2.0])
print(hs + b)
print(hs - hs.mean(axis=2, keepdims=True))
print(hs / hs.sum(axis=(1, 2), keepdims=True))
