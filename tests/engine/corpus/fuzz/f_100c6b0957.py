# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.random.default_rng(45).standard_normal((2, 3))
    print(np.asarray(v0).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = v0[0, 1]
    print(np.shape(v2), getattr(v2, 'dtype', type(v2).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = (v2 >= 7)
    print(np.asarray(v3).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = np.dot(v0, v3)
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
