# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.random.default_rng(98).standard_normal((3, 2))
    print(np.shape(v1), getattr(v1, 'dtype', type(v1).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = np.array(v1, dtype=np.int64)
    v2[v1 > 0] = v0[v0 > 0]
    print(np.shape(v2), getattr(v2, 'dtype', type(v2).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = np.sign(v2)
    print(np.round(v3, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v6 = v3[v3 > 0]
    print(f'{np.asarray(v6).mean():.4e} {np.asarray(v6).max()}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v7 = np.array(v6, dtype=np.int64)
    v7[0] = v6
    print(type(v7).__name__, v7)
except Exception as e:
    print(type(e).__name__, e)
