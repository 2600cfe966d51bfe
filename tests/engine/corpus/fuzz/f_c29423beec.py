# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v1 = (np.arange(4) - 0).reshape(4, 1).astype(np.uint8)
    print(np.round(v1, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v3 = v1.sum(axis=0, keepdims=True)
    with np.printoptions(precision=3, suppress=True):
        print(v3)
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = 1 / (1 + np.exp(-v3))
    print(f'{float(np.sum(v4)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
