import numpy as np

rng = np.random.default_rng(42)
cov = [[1.0, 0.6, 0.2], [0.6, 2.0, 0.3], [0.2, 0.3, 0.5]]
X = rng.multivariate_normal([0.0, 1.0, -1.0], cov, size=200)
print(X.shape, X[:3])
print(np.round(X.mean(axis=0), 4), np.round(np.cov(X.T), 3))
A = rng.multivariate_normal([2, 2], [[0.5, 0], [0, 0.5]], 50)
B = rng.multivariate_normal([-2, -1], np.diag([1.0, 0.25]), 50)
data = np.vstack([A, B])
print(data.shape, np.round(data[[0, 50, 99]], 5))
print(rng.multivariate_normal(np.zeros(2), np.eye(2), size=(2, 3)).shape)
print(rng.multivariate_normal([1.0, 2.0], [[4.0, 1.0], [1.0, 3.0]]))
for kw in [dict(check_valid="raise"), dict(check_valid="ignore"), dict(method="eigx"), dict(check_valid="nope")]:
    try:
        print(rng.multivariate_normal([0, 0], [[1, 2], [2, 1]], 2, **kw))
    except ValueError as e:
        print("ValueError:", e)
for mean, c in [([0, 0, 0], np.eye(2)), ([[0, 0]], np.eye(2)), ([0, 0], np.ones(2))]:
    try:
        rng.multivariate_normal(mean, c)
    except ValueError as e:
        print("ValueError:", e)
legacy = np.random.RandomState(0).multivariate_normal([0, 0], [[2.0, 0.5], [0.5, 1.0]], 3)
print(legacy)
