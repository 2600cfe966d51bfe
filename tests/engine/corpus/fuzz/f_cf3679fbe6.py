# found by npm run fuzz:engine (seed 20261206), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.random.RandomState(28).randint(-5, 6, size=(3,))
    print(repr(v0))
except Exception as e:
    print(type(e).__name__, e)
try:
    v1 = np.full((3, 2), -2.5)
    print(v1)
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = np.hstack([v0, v1], axis=0)
    print(np.shape(v2), getattr(v2, 'dtype', type(v2).__name__))
except Exception as e:
    print(type(e).__name__, e)
