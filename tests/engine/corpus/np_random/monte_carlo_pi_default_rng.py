import numpy as np

rng = np.random.default_rng(2024)
for n in [100, 1000, 10000]:
    pts = rng.uniform(-1, 1, size=(n, 2))
    inside = np.sum(np.sum(pts ** 2, axis=1) <= 1)
    print(f"n={n:>6}: pi ~ {4 * inside / n:.4f}")
x = rng.normal(0, 1, 5)
print(x)
print(rng.integers(0, 10, size=6))
print(rng.choice(5, size=3, replace=False))
print(rng.permutation(5))
print(rng.random(3))
print(rng.binomial(20, 0.25, size=4))
