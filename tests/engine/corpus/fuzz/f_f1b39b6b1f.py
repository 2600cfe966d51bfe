# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.full((4, 1), True)
    print(np.shape(v1), getattr(v1, 'dtype', type(v1).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = np.round(v1)
    print(v5)
except Exception as e:
    print(type(e).__name__, e)
