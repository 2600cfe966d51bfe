import numpy as np

np.random.seed(10)
for n in [1, 2, 10, 50]:
    means = np.random.uniform(0, 1, size=(2000, n)).mean(axis=1)
    print(f"n={n:2d} mean={means.mean():.4f} std={means.std():.4f} theory={np.sqrt(1/12/n):.4f}")
samples = np.random.exponential(scale=2.0, size=5)
print(samples)
print(np.random.poisson(3.0, size=6))
print(np.percentile(np.arange(11), [25, 50, 75]))
print(np.median([3, 1, 4, 1, 5]), np.quantile([1.0, 2.0, 3.0, 4.0], 0.5))
