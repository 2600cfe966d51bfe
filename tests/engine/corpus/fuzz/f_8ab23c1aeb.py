# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.full((2, 3, 4), -1)
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = (v1 == -1)
    print(np.asarray(v2).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = np.round(v2)
    print(repr(v5))
except Exception as e:
    print(type(e).__name__, e)
