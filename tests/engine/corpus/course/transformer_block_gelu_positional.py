import numpy as np

def layer_norm(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta

def gelu(x):
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))

def softmax(x, axis=-1):
    x = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=axis, keepdims=True)

rng = np.random.RandomState(10)
B, T, D, Hh = 2, 3, 4, 2
x = rng.randn(B, T, D)
Wq, Wk, Wv, Wo = (rng.randn(D, D) * 0.3 for _ in range(4))
q = (x @ Wq).reshape(B, T, Hh, D // Hh).transpose(0, 2, 1, 3)
k = (x @ Wk).reshape(B, T, Hh, D // Hh).transpose(0, 2, 1, 3)
v = (x @ Wv).reshape(B, T, Hh, D // Hh).transpose(0, 2, 1, 3)
att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(D // Hh)
mask = np.tril(np.ones((T, T)))
att = np.where(mask == 0, -np.inf, att)
att = softmax(att)
print(att[0, 0].round(4))
out = (att @ v).transpose(0, 2, 1, 3).reshape(B, T, D) @ Wo
h = layer_norm(x + out, np.ones(D), np.zeros(D))
ff = gelu(h @ rng.randn(D, 8) * 0.5) @ rng.randn(8, D) * 0.5
y = layer_norm(h + ff, np.ones(D), np.zeros(D))
print(y.shape, np.abs(y.mean(axis=-1)).max() < 1e-12, y.std(axis=-1).round(4))
print(y[1].round(5))
pe = np.zeros((T, D))
pos = np.arange(T)[:, None]
div = np.exp(np.arange(0, D, 2) * -(np.log(10000.0) / D))
pe[:, 0::2] = np.sin(pos * div)
pe[:, 1::2] = np.cos(pos * div)
print(pe.round(6))
print(np.einsum("bhtd,bhsd->bhts", q, k).shape, np.isinf(np.where(mask == 0, -np.inf, 0)).sum())
