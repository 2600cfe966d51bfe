# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.linspace(0, 1, 12).reshape(3, 4)
    print(type(v0).__name__, v0)
except Exception as e:
    print(type(e).__name__, e)
try:
    v1 = np.array(v0, dtype=np.int64)
    v1[v0 > 0] = v0[v0 > 0]
    print(f'{np.asarray(v1).mean():.4e} {np.asarray(v1).max()}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = v1 / v0
    print(np.array2string(np.asarray(v3), separator=', ', precision=4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = (v3 * 10).astype(np.int64) // -3
    print(np.array2string(np.asarray(v5), separator=', ', precision=4))
except Exception as e:
    print(type(e).__name__, e)
