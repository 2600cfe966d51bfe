import numpy as np

def bn_forward(x, gamma, beta, eps=1e-7):
    mu = x.mean(axis=0)
    xc = x - mu
    var = np.mean(xc ** 2, axis=0)
    std = np.sqrt(var + eps)
    xn = xc / std
    out = gamma * xn + beta
    return out, (xc, xn, std)

def bn_backward(dout, gamma, cache):
    xc, xn, std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(xn * dout, axis=0)
    dxn = gamma * dout
    dxc = dxn / std
    dstd = -np.sum((dxn * xc) / (std * std), axis=0)
    dvar = 0.5 * dstd / std
    dxc += (2.0 / N) * xc * dvar
    dmu = np.sum(dxc, axis=0)
    dx = dxc - dmu / N
    return dx, dgamma, dbeta

np.random.seed(21)
x = np.random.randn(5, 3) * 4 + 2
gamma = np.ones(3)
beta = np.zeros(3)
out, cache = bn_forward(x, gamma, beta)
print(out)
print(out.mean(axis=0), out.std(axis=0))
dout = np.random.randn(5, 3)
dx, dg, db = bn_backward(dout, gamma, cache)
print(dx)
print(dg, db)
print(np.abs(dx.sum(axis=0)).max() < 1e-12)
