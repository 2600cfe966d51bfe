# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v2 = np.array([4, -2, 1, 1, -2, 3.5, 0.25, 4, 3.5, 0, -0.75, 1]).reshape(3, 4)
    print(np.asarray(v2).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = (v2 == 1e-3)
    print(np.shape(v3), getattr(v3, 'dtype', type(v3).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = np.sign(v3)
    print(np.shape(v4), getattr(v4, 'dtype', type(v4).__name__))
except Exception as e:
    print(type(e).__name__, e)
