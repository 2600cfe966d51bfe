import numpy as np
x = np.arange(24).reshape(2, 3, 4)
xt = x.transpose(1, 0, 2)
print(xt.shape)
print(xt[0])
print(xt.reshape(3, -1))
print(x.reshape(-1, 4).T)
print(np.transpose(x, (2, 1, 0))[1])
print(x.swapaxes(0, 1).shape, x.T[0])
