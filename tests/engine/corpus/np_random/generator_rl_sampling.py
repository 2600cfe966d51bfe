import numpy as np

rng = np.random.default_rng(123)
probs = np.array([0.1, 0.6, 0.3])
acts = rng.choice(3, size=10, p=probs)
print(acts, np.bincount(acts, minlength=3))
print(rng.choice([[1, 2], [3, 4], [5, 6]], size=2, replace=False))
x = np.arange(6)
rng.shuffle(x)
print(x)
print(rng.permutation(np.arange(6).reshape(3, 2)))
print(rng.normal(0.0, [1.0, 10.0, 100.0]).round(3))
print(rng.uniform(0, 1, (2, 2)).round(4))
print(rng.integers(5, size=(2, 3)), rng.integers(1, 7, size=4, endpoint=True))
print(rng.exponential(1.0, 3).round(4), rng.poisson(2.0, 4))
print(rng.standard_normal(3).round(5), rng.random(2).dtype)
eps = 0.1
q = np.array([1.0, 3.0, 3.0, 0.5])
picks = []
for _ in range(10):
    if rng.random() < eps:
        picks.append(int(rng.integers(len(q))))
    else:
        best = np.flatnonzero(q == q.max())
        picks.append(int(rng.choice(best)))
print(picks)
