# Day 4: sinusoidal positional encoding on broadcast grids (two idioms) and layer normalisation
import numpy as np

def positional_encoding(max_len, d_model):
    pos = np.arange(max_len)[:, np.newaxis]
    i = np.arange(d_model)[np.newaxis, :]
    angle_rates = 1 / np.power(10000, (2 * (i // 2)) / np.float32(d_model))
    angles = pos * angle_rates
    angles[:, 0::2] = np.sin(angles[:, 0::2])
    angles[:, 1::2] = np.cos(angles[:, 1::2])
    return angles

pe = positional_encoding(6, 8)
print(pe.shape, pe.dtype)
print(np.round(pe, 4))
pe2 = np.zeros((5, 4))
position = np.arange(0, 5, dtype=np.float32).reshape(-1, 1)
div_term = np.exp(np.arange(0, 4, 2) * (-np.log(10000.0) / 4))
pe2[:, 0::2] = np.sin(position * div_term)
pe2[:, 1::2] = np.cos(position * div_term)
print(np.round(pe2, 5))

def layer_norm(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta

x = np.arange(24, dtype=np.float64).reshape(2, 3, 4) ** 1.5
y = layer_norm(x, np.ones(4), np.zeros(4))
print(np.round(y, 5))
print(np.round(y.mean(-1), 6) + 0.0)
print(np.round(y.var(-1), 4))
