import numpy as np
np.random.seed(3)
print(np.random.normal(), np.random.normal(10, 2), np.random.normal(0, 0.01, 3))
print(np.random.normal(size=(2, 2)), np.random.normal(loc=1.0, scale=[1, 10, 100]))
print(np.random.standard_normal(3))
