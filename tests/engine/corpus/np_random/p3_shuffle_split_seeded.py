import numpy as np

X = np.arange(20).reshape(10, 2)
y = np.arange(10) % 2
np.random.seed(0)
perm = np.random.permutation(len(X))
print(perm)
X_tr, X_te = X[perm[:7]], X[perm[7:]]
print(X_te, y[perm[7:]])
rng = np.random.default_rng(123)
idx = rng.permutation(10)
print(idx, rng.integers(0, 5, size=(2, 3)))
arr = np.arange(6)
rng.shuffle(arr)
print(arr)
print(rng.choice(["a", "b", "c"], size=4), rng.choice(10, size=3, replace=False))
print(np.round(rng.normal(0, 1, 3), 6), np.round(rng.uniform(size=2), 6))
np.random.seed(1)
mask = np.random.rand(2, 4) > 0.5
print(mask, mask.mean())
print(np.random.randint(0, 10, 5), np.random.choice(5, 3, replace=False))
b = np.random.binomial(1, 0.3, size=8)
print(b, b.dtype)
