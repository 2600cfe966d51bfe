import numpy as np
def layer(x, W):
    return np.dot(x, W)
def network(x):
    h = layer(x, np.ones((3, 4)))
    return layer(h, np.ones((5, 2)))
print(network(np.ones((2, 3))))
