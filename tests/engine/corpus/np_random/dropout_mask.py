import numpy as np
np.random.seed(0)
x = np.ones((3, 4))
dropout_ratio = 0.5
mask = np.random.rand(*x.shape) > dropout_ratio
print(mask)
print(x * mask)
print(x * (1.0 - dropout_ratio))
