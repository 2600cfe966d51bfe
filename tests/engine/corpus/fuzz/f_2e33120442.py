# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.eye(2) * 2
    print(v1)
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = (v1 != 7)
    print(repr(v2))
except Exception as e:
    print(type(e).__name__, e)
try:
    v6 = np.round(v2)
    print(np.asarray(v6).tolist())
except Exception as e:
    print(type(e).__name__, e)
