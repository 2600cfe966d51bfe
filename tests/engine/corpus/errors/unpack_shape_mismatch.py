import numpy as np
x = np.zeros((2, 3, 4))
N, T = x.shape
