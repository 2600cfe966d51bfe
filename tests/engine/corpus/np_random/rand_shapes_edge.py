import numpy as np
np.random.seed(99)
print(np.random.rand(0), np.random.rand(2, 0).shape, np.random.randn(1, 1), np.random.rand(1)[0])
print(np.random.randint(3, size=0), np.random.randint(0, 1, 4), np.random.choice(1, 3))
print(np.random.rand(2, 1, 2))
print(np.random.randn(3).dtype, np.random.rand(2).dtype, np.random.randint(2, size=2).dtype)
