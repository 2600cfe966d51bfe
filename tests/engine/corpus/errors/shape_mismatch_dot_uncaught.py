import numpy as np
x = np.ones((2, 3))
W = np.ones((2, 4))
print(np.dot(x, W))
