import numpy as np
x = np.array([[-1.0, 2.0], [3.0, -4.0]])
mask = (x <= 0)
out = x.copy()
out[mask] = 0
print(mask, out)
dout = np.ones_like(x)
dout[mask] = 0
print(dout)
m = np.arange(12).reshape(3, 4)
m[m[:, 0] > 2] = 0
print(m)
m[:, m[0] == 0] = -1
print(m)
