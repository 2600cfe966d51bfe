# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.arange(3).reshape(1, 3)
    print(np.shape(v1), getattr(v1, 'dtype', type(v1).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = np.clip(v1, -1, 1)
    print(np.shape(v2), getattr(v2, 'dtype', type(v2).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = v2 // v2
    print(np.shape(v3), getattr(v3, 'dtype', type(v3).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v2[1:]
    print(f'{float(np.sum(v4)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = v3[v4 > 0]
    print(np.shape(v5), getattr(v5, 'dtype', type(v5).__name__))
except Exception as e:
    print(type(e).__name__, e)
