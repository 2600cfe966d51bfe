# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.full((1, 3), np.float32(1.5))
    print(np.shape(v0), getattr(v0, 'dtype', type(v0).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = np.vstack([v0, v0], axis=-1)
    print(np.shape(v2), getattr(v2, 'dtype', type(v2).__name__))
except Exception as e:
    print(type(e).__name__, e)
