# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.arange(24).reshape(2, 3, 4)
    print(np.array2string(np.asarray(v0), separator=', ', precision=4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = v0 ** v0
    print(type(v5).__name__, v5)
except Exception as e:
    print(type(e).__name__, e)
