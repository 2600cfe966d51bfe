# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.eye(4) * 0.5
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = np.hstack([v1, v1], axis=-1)
    print(np.shape(v3), getattr(v3, 'dtype', type(v3).__name__))
except Exception as e:
    print(type(e).__name__, e)
