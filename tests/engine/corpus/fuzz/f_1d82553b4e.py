# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.eye(3)
    print(repr(v0))
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = (v0 == True)
    print(v2)
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = v2 * v2
    print(f'{float(np.sum(v3)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = v2[::-1]
    print(np.shape(v5), getattr(v5, 'dtype', type(v5).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v7 = np.dot(v5, v3)
    print(f'{float(np.sum(v7)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v8 = np.log1p(v7)
    print(v8)
except Exception as e:
    print(type(e).__name__, e)
