import numpy as np

np.random.seed(3)
x = np.linspace(0, 1, 8)
y = 2.0 * x + 1.0 + np.random.normal(0, 0.1, size=x.shape)
X = np.stack([np.ones_like(x), x], axis=1)
w_normal = np.linalg.inv(X.T @ X) @ X.T @ y
w_solve = np.linalg.solve(X.T @ X, X.T @ y)
w_lstsq, res, rank, sv = np.linalg.lstsq(X, y, rcond=None)
print("normal:", w_normal)
print("solve :", w_solve)
print("lstsq :", w_lstsq)
print("rank", rank, "sv", sv)
print(np.allclose(w_normal, w_lstsq))
pinv = np.linalg.pinv(X)
print(pinv.shape, np.allclose(pinv @ y, w_lstsq))
pred = X @ w_solve
mse = np.mean((pred - y) ** 2)
print(f"mse={mse:.6f}")
