import numpy as np

N, T, V = 2, 4, 5
rng = np.random.default_rng(5)
xs = rng.standard_normal((N, T, V))
ts = np.array([[1, 2, -1, -1], [0, 4, 3, -1]])
x = xs.reshape(N * T, V)
t = ts.reshape(N * T)
mask = t != -1
y = np.exp(x - x.max(axis=1, keepdims=True))
y /= y.sum(axis=1, keepdims=True)
ls = np.log(y[np.arange(N * T), t])
print(ls.round(4))
ls *= mask
loss = -ls.sum() / mask.sum()
print(loss)
dx = y.copy()
dx[np.arange(N * T), t] -= 1
dx /= mask.sum()
dx *= mask[:, np.newaxis]
print(dx.reshape(N, T, V)[1, 3])
print(np.abs(dx).sum(axis=1).round(5))
print(mask.dtype, mask.sum(), mask.sum().dtype)
