import numpy as np
np.random.seed(123)
N, H, W = 12, 4, 4
x = (np.random.rand(N, 1, H, W) * 255).astype(np.uint8)
t = np.random.randint(0, 3, N)
print(x.dtype, x.shape, x.max(), x.min(), x[0, 0])
x_f = x.astype(np.float32) / 255.0
print(x_f.dtype, x_f.mean().round(4), x_f.reshape(N, -1).shape)
t_one = np.zeros((t.size, 3))
t_one[np.arange(t.size), t] = 1
print(t, t_one[:3])
x_flat = x_f.reshape(N, -1)
mu = x_flat.mean(axis=0)
sd = x_flat.std(axis=0)
x_norm = (x_flat - mu) / (sd + 1e-7)
print(x_norm.mean(axis=0).round(5)[:4], x_norm.std(axis=0).round(4)[:4], x_norm.dtype)
train_size = 8
perm = np.random.permutation(N)
x_train, x_test = x_norm[perm[:train_size]], x_norm[perm[train_size:]]
t_train, t_test = t[perm[:train_size]], t[perm[train_size:]]
print(x_train.shape, x_test.shape, t_train, t_test)
W = np.random.randn(16, 3).astype(np.float32) * 0.01
for it in range(20):
    s = x_train @ W
    s -= s.max(axis=1, keepdims=True)
    p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
    loss = -np.log(p[np.arange(train_size), t_train] + 1e-7).mean()
    dp = p.copy()
    dp[np.arange(train_size), t_train] -= 1
    W -= 0.5 * x_train.T @ dp / train_size
    if it % 5 == 0:
        print(it, f"{loss:.4f}", loss.dtype, W.dtype)
acc = (np.argmax(x_test @ W, axis=1) == t_test).mean()
print("test acc", acc, type(acc).__name__)
