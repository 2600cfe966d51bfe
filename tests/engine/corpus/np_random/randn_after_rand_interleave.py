import numpy as np
np.random.seed(5)
print(np.random.randn(3))
print(np.random.rand(2))
print(np.random.randn(1))
print(np.random.randint(0, 3, 4))
print(np.random.randn(1))
print(np.random.normal(5, 1))
