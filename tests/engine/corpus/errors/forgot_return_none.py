import numpy as np
def forward(x, W):
    out = np.dot(x, W)
x = np.ones((2, 3))
h = forward(x, np.ones((3, 4)))
print(h)
print(h.shape)
