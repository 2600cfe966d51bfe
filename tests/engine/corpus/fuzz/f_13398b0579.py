# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v8 = (np.arange(6, dtype=bool) - 2).reshape(3, 2)
    print(np.shape(v8), getattr(v8, 'dtype', type(v8).__name__))
except Exception as e:
    print(type(e).__name__, e)
