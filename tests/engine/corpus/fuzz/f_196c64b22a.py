# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.random.default_rng(51).standard_normal((1, 3)) * 1e5
    print(type(v0).__name__, v0)
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = np.exp(v0)
    print(np.array2string(np.asarray(v3), separator=', ', precision=4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = np.array(v3, dtype=np.int64)
    v4[v4 < 0] *= 0.01
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v7 = v4 - 7
    print(type(v7).__name__, v7)
except Exception as e:
    print(type(e).__name__, e)
