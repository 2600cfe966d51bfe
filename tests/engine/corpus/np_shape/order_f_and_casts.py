# column-major order arguments, float -> int casts out of range (x86 rules), array2string's own options
import numpy as np
import warnings
warnings.simplefilter("ignore")

a = np.arange(6).reshape(2, 3)
print(a.flatten('F'), a.ravel(order='F'), np.ravel(a, 'F'), a.flatten())
print(a.reshape((3, 2), order='F'), np.reshape(a, (3, 2), order='F'), a.reshape(3, 2, order='F'), a.reshape(-1, order='F'))
try:
    a.flatten('X')
except ValueError as e:
    print(e)
v = np.array([1e10, -1e10, np.nan, np.inf, 300.0, -1.0, 255.9, -0.9, 2.0**31, 2.0**63])
for dt in (np.int32, np.int64, np.uint8):
    print(dt.__name__, v.astype(dt))
print(np.array([70000]).astype(np.uint8), np.array([-3]).astype(np.uint8), np.array([2**40]).astype(np.int32), np.array([2.5, -2.5]).astype(int))
x = np.array([0.123456, 2.0, 1e-9])
print(np.array2string(x, precision=2, separator=", "))
print(np.array2string(x, suppress_small=True, precision=3))
print(np.array2string(np.arange(30.0), max_line_width=30))
