# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = (np.arange(6, dtype=bool) - 5).reshape(3, 2)
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
