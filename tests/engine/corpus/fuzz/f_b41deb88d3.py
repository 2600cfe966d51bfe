# found by npm run fuzz:engine (seed 1414), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.eye(4)[np.array([2, 3])]
    print(f'{float(np.sum(v0)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v1 = np.array(v0, dtype=None)
    v1 -= v1.mean(axis=-1, keepdims=True)
    with np.printoptions(precision=3, suppress=True):
        print(v1)
except Exception as e:
    print(type(e).__name__, e)
try:
    v2 = np.power.reduce(v1, axis=-1)
    print(f'{np.asarray(v2).mean():.4e} {np.asarray(v2).max()}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v2.astype(np.int64) // -3
    print(v4)
except Exception as e:
    print(type(e).__name__, e)
