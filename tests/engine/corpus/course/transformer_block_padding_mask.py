# Day 4: a Transformer block on float32: padding and look-ahead masks, residual + layer norm, ReLU FFN, mean pooling
import numpy as np
np.random.seed(4)
def softmax(x):
    x = x - x.max(axis=-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=-1, keepdims=True)
def layer_norm(x, eps=1e-6):
    m = x.mean(-1, keepdims=True); s = x.std(-1, keepdims=True)
    return (x - m) / (s + eps)
tokens = np.array([[5, 3, 8, 0, 0], [2, 9, 4, 7, 0]])
B, T = tokens.shape
D = 4
emb = np.random.randn(10, D).astype(np.float32) * 0.5
x = emb[tokens]
pad_mask = (tokens == 0)[:, np.newaxis, :]
print(pad_mask.shape, pad_mask.astype(np.int8))
look_ahead = np.triu(np.ones((T, T)), k=1).astype(bool)
combined = np.logical_or(pad_mask, look_ahead[np.newaxis])
print(combined[1].astype(int))
s = x @ x.transpose(0, 2, 1) / np.float32(np.sqrt(D))
s = np.where(combined, np.float32(-1e9), s)
print(s.dtype)
a = softmax(s)
print(np.round(a[0], 3))
h = layer_norm(x + a @ x)
W1 = np.random.randn(D, 8).astype(np.float32) * 0.3
W2 = np.random.randn(8, D).astype(np.float32) * 0.3
ffn = np.maximum(0, h @ W1) @ W2
out = layer_norm(h + ffn)
print(out.shape, out.dtype)
print(np.round(out[1], 2))
lengths = (tokens != 0).sum(axis=1)
print(lengths, np.argmax(tokens == 0, axis=1))
print(np.round(out[np.arange(B), lengths - 1], 2))
mean_pool = (out * (~pad_mask.transpose(0, 2, 1))).sum(axis=1) / lengths[:, None]
print(np.round(mean_pool, 2), mean_pool.dtype)
