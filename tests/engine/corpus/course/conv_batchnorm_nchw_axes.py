import numpy as np

np.random.seed(3)
x = np.random.randn(4, 3, 5, 5) * 2 + 1
gamma = np.ones((1, 3, 1, 1)) * 1.5
beta = np.zeros((1, 3, 1, 1)) + 0.1
mu = x.mean(axis=(0, 2, 3), keepdims=True)
var = x.var(axis=(0, 2, 3), keepdims=True)
xn = (x - mu) / np.sqrt(var + 1e-5)
y = gamma * xn + beta
print(mu.shape, np.round(mu.ravel(), 6))
print(np.round(y.mean(axis=(0, 2, 3)), 6), np.round(y.std(axis=(0, 2, 3)), 4))
N, C, H, W = x.shape
x2 = x.transpose(0, 2, 3, 1).reshape(-1, C)
mu2 = x2.mean(axis=0)
print(np.allclose(mu2, mu.ravel()))
dout = np.random.randn(*x.shape)
m = N * H * W
dxn = dout * gamma
dvar = np.sum(dxn * (x - mu) * -0.5 * (var + 1e-5) ** -1.5, axis=(0, 2, 3), keepdims=True)
dmu = np.sum(-dxn / np.sqrt(var + 1e-5), axis=(0, 2, 3), keepdims=True) + dvar * np.mean(-2 * (x - mu), axis=(0, 2, 3), keepdims=True)
dx = dxn / np.sqrt(var + 1e-5) + dvar * 2 * (x - mu) / m + dmu / m
print(np.allclose(dx.sum(axis=(0, 2, 3)), 0, atol=1e-10))
dgamma = np.sum(dout * xn, axis=(0, 2, 3))
print(np.round(dgamma, 5), np.round(dout.sum(axis=(0, 2, 3)), 5))
