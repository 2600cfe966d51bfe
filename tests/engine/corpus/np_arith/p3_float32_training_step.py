import numpy as np

rng = np.random.default_rng(3)
X = rng.standard_normal((4, 3)).astype(np.float32)
W = rng.standard_normal((3, 2)).astype(np.float32)
b = np.zeros(2, dtype=np.float32)
y = X @ W + b
print(y.dtype, y)
grad = np.ones_like(y) / 4
dW = X.T @ grad
print(dW.dtype, dW)
W -= 0.1 * dW
print(W.dtype)
W2 = W - np.float64(0.1) * dW
print(W2.dtype)
W3 = W - np.array(0.1) * dW
print(W3.dtype)
W4 = W * np.array([0.5, 0.5])
print(W4.dtype)
print((W.astype(np.float16) * 2).dtype, np.float16(0.1) + np.float16(0.2))
print(np.float32(1e-8) + np.float32(1), np.float32(16777217), np.float32(0.1) * 3)
print(X.mean(), X.mean(dtype=np.float64), X.std(axis=0))
