import numpy as np
a = np.arange(6).reshape(2, 3)
print(a.T, a.T.shape, np.transpose(a), a.transpose())
t = np.arange(24).reshape(2, 3, 4)
print(t.T.shape, t.transpose(1, 0, 2).shape, np.transpose(t, (2, 0, 1)).shape, t.transpose((0, 2, 1))[1])
v = np.array([1, 2, 3])
print(v.T, v.T.shape, v.reshape(1, -1).T)
at = a.T
at[0, 1] = 100
print(a)
print(np.swapaxes(t, 0, 2).shape, np.moveaxis(t, 0, -1).shape, t.transpose(1, 2, 0)[2, 3])
