# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = (np.arange(4, dtype=bool) - 3).reshape(4,)
    print(np.asarray(v1).tolist())
except Exception as e:
    print(type(e).__name__, e)
