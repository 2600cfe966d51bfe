# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = (np.arange(6, dtype=bool) - 3).reshape(2, 3)
    print(np.shape(v0), getattr(v0, 'dtype', type(v0).__name__))
except Exception as e:
    print(type(e).__name__, e)
