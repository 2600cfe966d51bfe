import numpy as np

def softmax(x, axis=-1):
    x = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=axis, keepdims=True)

def attention(Q, K, V, mask=None):
    d_k = Q.shape[-1]
    scores = Q @ K.swapaxes(-1, -2) / np.sqrt(d_k)
    if mask is not None:
        scores = np.where(mask, -1e9, scores)
    w = softmax(scores)
    return w @ V, w

np.random.seed(0)
T, d = 4, 6
Q = np.random.randn(T, d)
K = np.random.randn(T, d)
V = np.random.randn(T, d)
causal = np.triu(np.ones((T, T), dtype=bool), k=1)
print(causal.astype(int))
out, w = attention(Q, K, V, causal)
np.set_printoptions(precision=4, suppress=True)
print(w)
print(np.allclose(w.sum(axis=-1), 1), np.all(w[causal] < 1e-8))
print(out.shape)
lower = np.tril(np.ones((T, T)))
print(lower)
scores = Q @ K.T / np.sqrt(d)
masked = np.where(lower == 0, -np.inf, scores)
w2 = softmax(masked)
print(np.allclose(w, w2))
pad = np.array([1, 1, 1, 0])
pad_mask = (pad == 0)[np.newaxis, :]
_, wp = attention(Q, K, V, pad_mask)
print(wp[:, -1])
wrong = softmax(scores, axis=0)
print("rows sum to 1 with axis=0?", np.allclose(wrong.sum(axis=1), 1), np.allclose(wrong.sum(axis=0), 1))
