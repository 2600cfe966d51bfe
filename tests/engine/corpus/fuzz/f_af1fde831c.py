# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.linspace(-1, 3, 12).reshape(3, 4)
    print(type(v0).__name__, v0)
except Exception as e:
    print(type(e).__name__, e)
try:
    v5 = np.array_equal(v0, v0)
    print(np.array2string(np.asarray(v5), separator=', ', precision=4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v6 = np.where(v5 < 0)
    print(type(v6).__name__, v6)
except Exception as e:
    print(type(e).__name__, e)
