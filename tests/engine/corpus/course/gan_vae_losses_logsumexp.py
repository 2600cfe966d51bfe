import numpy as np

def logsumexp(x, axis=None):
    m = np.max(x, axis=axis, keepdims=True)
    return (m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))).squeeze(axis) if axis is not None else (m + np.log(np.sum(np.exp(x - m)))).item()

x = np.array([1000.0, 1000.5, 999.0])
with np.errstate(over="ignore"):
    naive = np.log(np.sum(np.exp(x)))
print("naive:", naive)
print("stable:", logsumexp(x))
X = np.array([[1.0, 2.0, 3.0], [-1000.0, -1000.0, -1000.0]])
print(logsumexp(X, axis=1))
def sigmoid(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
def bce_with_logits(z, y):
    return np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
d_real = np.array([2.0, 0.5, 40.0])
d_fake = np.array([-1.0, 0.3, -50.0])
loss_d = np.mean(bce_with_logits(d_real, 1)) + np.mean(bce_with_logits(d_fake, 0))
loss_g = np.mean(bce_with_logits(d_fake, 1))
print(f"D loss {loss_d:.6f}  G loss {loss_g:.6f}")
p = np.clip(sigmoid(d_fake), 1e-7, 1 - 1e-7)
print(np.round(-np.log(p), 6))
mu = np.array([[0.1, -0.2], [0.5, 0.0]])
logvar = np.array([[-0.1, 0.2], [0.0, -1.0]])
kl = -0.5 * np.sum(1 + logvar - mu ** 2 - np.exp(logvar), axis=1)
print("KL:", kl)
eps = np.random.default_rng(0).standard_normal(mu.shape)
z = mu + np.exp(0.5 * logvar) * eps
print(np.round(z, 6))
x_true = np.array([[0.0, 1.0, 1.0]])
x_rec = np.array([[0.1, 0.8, 1.0]])
rec = -np.sum(x_true * np.log(np.clip(x_rec, 1e-7, 1)) + (1 - x_true) * np.log(np.clip(1 - x_rec, 1e-7, 1)))
print(f"recon {rec:.6f}")
