import numpy as np
a = np.arange(1, 7).reshape(2, 3)
print(a.prod(), a.prod(axis=0), a.prod(axis=1), np.prod([]), np.prod([2.5, 2]))
print(np.cumsum(a), np.cumsum(a, axis=0), np.cumsum(a, axis=1), a.cumprod())
print(np.prod(np.arange(1, 25)), np.prod(np.arange(1, 25, dtype=float)))
