# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.arange(6).reshape(2, 3)
    print(np.shape(v0), getattr(v0, 'dtype', type(v0).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = v0.argmin(axis=-1)
    print(np.asarray(v2).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v6 = np.random.default_rng(43).standard_normal((1, 3))
    print(f'{float(np.sum(v6)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v7 = v2[v2 > 0]
    print(np.shape(v7), getattr(v7, 'dtype', type(v7).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v9 = v6[v7 > 0]
    print(np.shape(v9), getattr(v9, 'dtype', type(v9).__name__))
except Exception as e:
    print(type(e).__name__, e)
