# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = (np.arange(12, dtype=np.int64) - 12).reshape(3, 4)
    print(f'{float(np.sum(v0)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = v0 * -2.5
    print(np.asarray(v2).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = np.hstack([v2, v0], axis=-1)
    print(np.asarray(v3).tolist())
except Exception as e:
    print(type(e).__name__, e)
