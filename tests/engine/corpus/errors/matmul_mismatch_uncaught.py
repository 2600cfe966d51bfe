import numpy as np
x = np.ones((5, 3))
W = np.ones((4, 2))
print(x @ W)
