# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.linspace(-2, 3, 4).reshape(4, 1)
    print(np.shape(v1), getattr(v1, 'dtype', type(v1).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = np.vstack([v1, v1], axis=0)
    print(v3)
except Exception as e:
    print(type(e).__name__, e)
