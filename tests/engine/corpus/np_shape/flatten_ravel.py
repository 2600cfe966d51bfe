import numpy as np
a = np.arange(6).reshape(2, 3)
f = a.flatten()
r = a.ravel()
f[0] = 100
r[1] = 200
print(a, f, r)
print(a.T.flatten(), a.T.ravel(), np.ravel(a))
print(a.flat[4], list(a.flat))
