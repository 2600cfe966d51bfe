import numpy as np
np.random.seed(0)
print(np.random.rand())
print(np.random.rand(3))
print(np.random.rand(2, 3))
np.random.seed(0)
print(np.random.rand(), repr(np.random.rand()))
np.random.seed(123)
print(np.random.rand(5).tolist())
