import numpy as np
np.random.seed(2 ** 32 - 1)
print(np.random.rand(2))
np.random.seed(12345)
print(np.random.randint(0, 1000, 10))
print(np.random.rand(3) * 2 - 1)
