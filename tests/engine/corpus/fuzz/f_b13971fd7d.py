# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.random.RandomState(31).randint(-5, 6, size=(4,))
    print(v1)
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = v1 @ v1.T
    print(np.shape(v2), getattr(v2, 'dtype', type(v2).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v2 ** v2
    print(v4)
except Exception as e:
    print(type(e).__name__, e)
