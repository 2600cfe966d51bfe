# collections: Counter arithmetic and reprs, defaultdict, OrderedDict, deque, namedtuple, ChainMap (CPython 3.11 reprs)
import numpy as np
x = np.arange(6.0).reshape(2, 3)
it = np.nditer(x, flags=['multi_index'])
while not it.finished:
    idx = it.multi_index
    tmp = x[idx]
    x[idx] = tmp + 0.5
    it.iternext()
print(x)
m = (x <= 2)
y = x.copy()
y[m] = 0
print(y, ~m)
d = {'a': np.ones(2)}
for key in ('a',):
    d[key] = d[key] - 0.5 * d[key]
print(d, x.shape[0])
print(np.maximum(1e-8, np.abs(x)).shape)
print(defaultdict.fromkeys('ab', 1), OrderedDict.fromkeys('ab'))
try: Counter.fromkeys('ab')
except Exception as e: print(type(e).__name__, e)
