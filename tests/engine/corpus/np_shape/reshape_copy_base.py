# a reshape that must copy returns a view of a C-ordered copy (its base is that copy)
import numpy as np
x = np.arange(6).reshape(2,3).T
y = x.reshape(-1); print(y.base is None, y.base.shape, y.base.flags['C_CONTIGUOUS'], y.base.base is None)
print(x.ravel().base is None, np.reshape(x, (6,)).base.shape, x.reshape(2,3).base.shape, x.flatten().base)
z = np.arange(6).reshape(2,3)[:, :2]; print(z.reshape(4).base.shape)
y[0] = 100; print(x[0, 0], y.base[0, 0])
