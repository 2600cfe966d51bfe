# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.full((2, 3, 4), True)
    print(np.asarray(v0).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = np.round(v0)
    print(np.shape(v2), getattr(v2, 'dtype', type(v2).__name__))
except Exception as e:
    print(type(e).__name__, e)
