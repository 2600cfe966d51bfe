# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.array([1, -0.75, 0.25, 1]).reshape(4, 1)
    print(v0)
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = np.vstack([v0, v0], axis=1)
    print(np.asarray(v2).tolist())
except Exception as e:
    print(type(e).__name__, e)
