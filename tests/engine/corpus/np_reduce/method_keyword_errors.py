# An unknown keyword to an ndarray reduction method: NumPy names its Python wrapper (_sum, _amax), or parses in C
# (cumsum, cumprod); ptp is no longer a method in NumPy 2.
import numpy as np
a = np.arange(6.).reshape(2, 3)
for m in ['sum', 'mean', 'max', 'min', 'std', 'var', 'prod', 'any', 'all', 'argmax', 'argmin', 'cumsum', 'cumprod']:
    try:
        getattr(a, m)(keepdim=True)
    except TypeError as e:
        print(m, '|', e)
print(a.cumsum(0, None).tolist(), a.sum(0, None, None, False).tolist(), a.max(axis=1, keepdims=True).tolist())
try:
    a.ptp()
except AttributeError as e:
    print(e)
print(np.ptp(a, axis=0))
