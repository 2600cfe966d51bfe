# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = np.full((4,), 7)
    print(np.shape(v1), getattr(v1, 'dtype', type(v1).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = np.power.reduce(v1, axis=0)
    print(np.array2string(np.asarray(v5), separator=', ', precision=4))
except Exception as e:
    print(type(e).__name__, e)
