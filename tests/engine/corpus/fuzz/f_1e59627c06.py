# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v2 = (np.arange(6, dtype=bool) - 3).reshape(2, 3)
    print(repr(v2))
except Exception as e:
    print(type(e).__name__, e)
