# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.full((2, 3, 4), 1e-3)
    print(np.asarray(v1).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = v1.all()
    print(v2)
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = np.where(v2 > 0, v2, np.float32(1.5))
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
