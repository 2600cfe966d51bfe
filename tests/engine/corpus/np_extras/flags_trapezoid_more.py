# ndarray.flags (repr, keys, attributes, read-only arrays) and trapezoid with y, x, dx and axis
import numpy as np
a = np.arange(6).reshape(2, 3)
print(a.flags)
print(a.T.flags["F_CONTIGUOUS"], a.T.flags.c_contiguous, a[:, 1].flags.owndata, a.flags.owndata)
a.flags.writeable = False
try:
    a[0, 0] = 5
except ValueError as e:
    print(e)
print(np.trapezoid([1, 2, 3]), np.trapezoid([[1, 2], [3, 4]], axis=0), np.trapezoid([1, 2, 3], x=[0, 1, 3]), np.trapezoid([1, 2, 3], dx=0.5))
