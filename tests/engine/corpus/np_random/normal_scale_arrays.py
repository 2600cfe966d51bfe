import numpy as np
np.random.seed(8)
print(np.random.normal(0, 1, (2, 3)))
print(np.random.normal([0, 10], [1, 0.1]))
print(np.random.uniform([0, 10], [1, 20], size=(3, 2)))
print(np.random.randn(2, 2) * 0.01 + 1)
