# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = (np.arange(4, dtype=np.float32) - 4).reshape(4,)
    print(f'{float(np.sum(v0)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = v0.flatten()[::-1]
    print(f'{float(np.sum(v2)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = 1 / (1 + np.exp(-v2))
    print(repr(v3))
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = v2 @ v3
    print(repr(v5))
except Exception as e:
    print(type(e).__name__, e)
