# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v2 = (np.arange(3, dtype=bool) - 3).reshape(3,)
    print(f'{float(np.sum(v2)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
