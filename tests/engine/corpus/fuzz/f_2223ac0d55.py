# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = (np.arange(24, dtype=np.float64) - 0).reshape(2, 3, 4)
    print(repr(v0))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = v0[..., None]
    print(f'{float(np.sum(v3)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = v0.astype(np.int64)
    print(repr(v5))
except Exception as e:
    print(type(e).__name__, e)
try:
    v7 = v5 @ v3
    print(v7)
except Exception as e:
    print(type(e).__name__, e)
