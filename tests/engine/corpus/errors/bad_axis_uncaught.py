import numpy as np
m = np.arange(6).reshape(2, 3)
print(m.sum(axis=1))
print(m.sum(axis=2))
