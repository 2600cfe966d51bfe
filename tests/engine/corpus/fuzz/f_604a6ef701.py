# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v3 = np.linspace(0, 4, 4).reshape(4,)
    print(np.shape(v3), getattr(v3, 'dtype', type(v3).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v3 @ v3.T
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = (v4 != 1e-3)
    print(repr(v5))
except Exception as e:
    print(type(e).__name__, e)
try:
    v8 = v5 @ v5.T
    print(np.shape(v8), getattr(v8, 'dtype', type(v8).__name__))
except Exception as e:
    print(type(e).__name__, e)
