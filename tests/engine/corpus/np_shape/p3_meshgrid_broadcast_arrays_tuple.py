import numpy as np

xs = np.linspace(-1, 1, 3)
ys = np.array([0.0, 0.5])
grids = np.meshgrid(xs, ys)
print(type(grids).__name__, len(grids))
print(grids)
X, Y = np.meshgrid(xs, ys, indexing="ij")
print(X.shape, Y.shape)
Z = X ** 2 + Y ** 2
print(Z)
b = np.broadcast_arrays(np.arange(3), np.arange(2)[:, None])
print(type(b).__name__, [a.shape for a in b])
print(b)
pts = np.stack(np.meshgrid(np.arange(2), np.arange(3)), axis=-1).reshape(-1, 2)
print(pts.tolist())
print(np.meshgrid(np.arange(2)))
