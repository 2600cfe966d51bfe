import numpy as np
a = np.arange(10)
v = a[2:6]
c = a[2:6].copy()
r = a.reshape(2, 5)
print(v.base is a, c.base is None, r.base is a, v[::2].base is a, np.shares_memory(a, v), np.shares_memory(a, c), a.flags["C_CONTIGUOUS"], a[::2].flags["C_CONTIGUOUS"])
