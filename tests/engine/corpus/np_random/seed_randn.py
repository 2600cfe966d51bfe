import numpy as np
np.random.seed(0)
print(np.random.randn())
print(np.random.randn(5))
print(np.random.randn(2, 3))
np.random.seed(1)
x = np.random.randn(1000)
print(x.mean(), x.std(), x.min(), x.max())
print(np.random.randn(3).tolist())
