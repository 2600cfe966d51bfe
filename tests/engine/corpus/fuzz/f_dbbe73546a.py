# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v5 = (np.arange(24, dtype=bool) - 17).reshape(2, 3, 4)
    print(v5)
except Exception as e:
    print(type(e).__name__, e)
