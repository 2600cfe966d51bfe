import numpy as np
rng = np.random.default_rng(0)
print(rng.geometric(0.5), rng.geometric(0.1), rng.geometric(p=0.35), rng.geometric(1))
print(repr(rng.geometric(0.2, size=10)))
print(repr(rng.geometric([0.9, 0.5, 0.3, 0.01, 1e-6], size=(2, 5))))
print(repr(rng.geometric(np.float32(0.25), 4)), rng.geometric(0.5, size=()).dtype)
for p in [0.999, 0.7, 0.34, 0.3333333333333333, 0.33, 0.1, 1e-3, 1e-9, 1e-12]:
    x = np.random.default_rng(42).geometric(p, size=2000)
    print(p, x.dtype, x.sum(), x.max(), x[:5])
print(np.random.default_rng(7).geometric(0.3, size=100000).mean())
np.random.seed(0)
print(np.random.geometric(0.5), np.random.geometric(0.05), repr(np.random.geometric(0.25, size=8)))
for p in [0.999, 0.7, 0.34, 0.3333333333333333, 0.33, 0.1, 1e-3, 1e-9, 1e-12]:
    np.random.seed(3)
    x = np.random.geometric(p, size=2000)
    print(p, x.sum(), x.max(), x[:5])
rs = np.random.RandomState(1)
print(rs.geometric([0.5, 0.01]), rs.geometric(0.6, (2, 2)))
for f in [lambda: rng.geometric(0), lambda: rng.geometric(1.5), lambda: rng.geometric(float('nan')), lambda: rng.geometric(-1), lambda: rng.geometric([0.5, 0]), lambda: rng.geometric(), lambda: rng.geometric(0.5, size=-1), lambda: rng.geometric([0.5, 0.2], size=3), lambda: np.random.geometric(0), lambda: np.random.geometric([0.5, float('nan')]), lambda: np.random.geometric(), lambda: rng.geometric(0.5, 2, 3)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(rng.geometric(0.5), np.random.geometric(0.5))
