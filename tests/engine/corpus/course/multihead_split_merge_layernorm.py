import numpy as np

def split_heads(x, h):
    B, T, D = x.shape
    return x.reshape(B, T, h, D // h).transpose(0, 2, 1, 3)

def merge_heads(x):
    B, h, T, dh = x.shape
    return x.transpose(0, 2, 1, 3).reshape(B, T, h * dh)

def layer_norm(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta

def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

rng = np.random.default_rng(1)
B, T, D, H = 2, 5, 8, 2
x = rng.standard_normal((B, T, D))
Wq, Wk, Wv, Wo = (rng.standard_normal((D, D)) * 0.3 for _ in range(4))
q, k, v = split_heads(x @ Wq, H), split_heads(x @ Wk, H), split_heads(x @ Wv, H)
print(q.shape)
att = softmax(q @ k.transpose(0, 1, 3, 2) / np.sqrt(D // H))
ctx = merge_heads(att @ v)
print(ctx.shape, np.array_equal(merge_heads(split_heads(x, H)), x))
y = layer_norm(x + ctx @ Wo, np.ones(D), np.zeros(D))
print(np.allclose(y.mean(axis=-1), 0))
print(np.round(y.std(axis=-1), 4))
print(np.round(y[0, 0], 5))
print(att[0, 1].sum(axis=-1))
try:
    split_heads(x, 3)
except ValueError as e:
    print("ValueError:", e)
