# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = (np.arange(24, dtype=np.int64) - 24).reshape(2, 3, 4)
    print(np.shape(v0), getattr(v0, 'dtype', type(v0).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = np.tanh(v0)
    print(np.shape(v3), getattr(v3, 'dtype', type(v3).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v3[None]
    print(f'{float(np.sum(v4)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v7 = v4.astype(np.int64)
    print(repr(v7))
except Exception as e:
    print(type(e).__name__, e)
