# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.random.default_rng(23).standard_normal((1, 3))
    print(repr(v1))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = v1.cumsum(axis=0, keepdims=True)
    print(np.asarray(v3).tolist())
except Exception as e:
    print(type(e).__name__, e)
