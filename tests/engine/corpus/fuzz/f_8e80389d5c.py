# found by npm run fuzz:engine (seed 648986), shrunk by scripts/fuzz/minimise.ts
import numpy as np
try:
    v0 = np.array([3.5, -2, 1, -2, 0, 1, 0, -2, 1, 0, 4, 3.5]).reshape(3, 4)
    print(f'{float(np.sum(v0)):.6f}')
except Exception as e:
    print(type(e).__name__, e)
try:
    v1 = np.random.RandomState(62).randint(-5, 6, size=(1, 3))
    print(v1)
except Exception as e:
    print(type(e).__name__, e)
try:
    v4 = v1[1:]
    print(repr(v4))
except Exception as e:
    print(type(e).__name__, e)
try:
    v6 = v0[v4 > 0]
    print(np.asarray(v6).tolist())
except Exception as e:
    print(type(e).__name__, e)
