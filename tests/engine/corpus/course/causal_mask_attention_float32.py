# Day 4: scaled dot-product attention with np.matmul on 3-D float32 arrays and np.triu / np.where causal masks
import numpy as np
np.random.seed(3)

def softmax(x, axis=-1):
    x = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=axis, keepdims=True)

B, T, d = 2, 4, 8
Q = np.random.randn(B, T, d).astype(np.float32)
K = np.random.randn(B, T, d).astype(np.float32)
V = np.random.randn(B, T, d).astype(np.float32)
scores = np.matmul(Q, K.transpose(0, 2, 1)) / np.sqrt(d)
print(scores.shape, scores.dtype)
mask = np.triu(np.ones((T, T), dtype=bool), k=1)
print(mask)
scores = np.where(mask, -1e9, scores)
print(scores.dtype)
w = softmax(scores)
print(np.round(w[0], 4))
print(np.round(w.sum(axis=-1), 5))
out = w @ V
print(out.shape, np.round(out[1, -1], 4))
causal = np.tril(np.ones((T, T)))
print(causal)
m2 = np.triu(np.full((T, T), -np.inf), 1)
print(m2)
print(np.round(softmax(np.zeros((T, T)) + m2), 4))
