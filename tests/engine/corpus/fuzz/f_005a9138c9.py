# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.full((3,), np.float32(1.5))
    print(v1)
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v1 ** -2.5
    print(v4)
except Exception as e:
    print(type(e).__name__, e)
