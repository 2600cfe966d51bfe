import numpy as np
np.random.seed(2)
x = np.random.randn(4, 3)
mask = x > 0
print(mask.sum(), mask.sum(axis=0), x[mask].round(3))
y = np.where(mask, x, 0)
print(np.allclose(y, np.maximum(x, 0)))
x[~mask] = 0
print(np.array_equal(x, y))
grad = np.ones_like(x)
grad[x <= 0] = 0
print(grad)
