# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.eye(4) * -2.5
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v1.cumsum(axis=1)
    print(v4)
except Exception as e:
    print(type(e).__name__, e)
