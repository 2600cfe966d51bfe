# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.full((2, 3), np.float32(1.5))
    print(np.asarray(v0).tolist())
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = np.log(np.abs(v0) + 1)
    print(f'{float(np.sum(v2)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = v2.sum(axis=0, keepdims=True)
    print(np.round(v3, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v2 @ v3.T
    print(v4)
except Exception as e:
    print(type(e).__name__, e)
