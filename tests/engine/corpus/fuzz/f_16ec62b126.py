# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = (np.arange(4, dtype=np.float64) - 4).reshape(4,)
    print(np.array2string(np.asarray(v0), separator=', ', precision=4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v1 = (np.arange(4) - 1).reshape(4, 1).astype(np.float64)
    print(type(v1).__name__, v1)
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = v0 / v1
    print(np.array2string(np.asarray(v3), separator=', ', precision=4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = np.array(v3, dtype=np.int64)
    v5[[0, -1]] = v0
    print(np.shape(v5), getattr(v5, 'dtype', type(v5).__name__))
except Exception as e:
    print(type(e).__name__, e)
try:
    v7 = v5 // -7
    print(f'{np.asarray(v7).mean():.4e} {np.asarray(v7).max()}')
except Exception as e:
    print(type(e).__name__, e)
