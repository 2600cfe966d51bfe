import numpy as np

np.random.seed(7)
data = np.random.randn(1000)
counts, edges = np.histogram(data, bins=10)
print(counts)
print(np.round(edges, 4))
print(counts.sum(), counts.dtype)
c2, e2 = np.histogram(data, bins=5, range=(-2, 2))
print(c2, e2)
dens, _ = np.histogram(data, bins=10, density=True)
print(np.round(dens, 5))
print(np.isclose(np.sum(dens * np.diff(edges)), 1.0))
c3, e3 = np.histogram([1, 2, 2, 3, 3, 3], bins=[0, 1, 2, 3, 4])
print(c3, e3)
for lo, hi, c in zip(edges[:-1], edges[1:], counts):
    print(f"[{lo:6.2f}, {hi:6.2f}) {'#' * (c // 10)}")
