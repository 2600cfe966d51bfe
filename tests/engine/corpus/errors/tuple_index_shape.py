import numpy as np
x = np.zeros((3, 4))
N, D = x.shape
print(N, D)
C = x.shape[2]
