import numpy as np
rng = np.random.default_rng(5)
print(rng.logseries(0.6), repr(rng.logseries([0.1, 0.5, 0.9, 0.999], size=(2, 4))), rng.logseries(0))
for p in [0.01, 0.3, 0.7, 0.95, 0.9999]:
    x = np.random.default_rng(13).logseries(p, 3000); print(p, x.dtype, x.sum(), x.max(), x[:6])
    np.random.seed(13); x = np.random.logseries(p, 3000); print(p, x.sum(), x.max(), x[:6])
np.random.seed(2); print(np.random.logseries(0.5), np.random.logseries(0), repr(np.random.logseries([0.2, 0.8])))
for f in [lambda: rng.logseries(1), lambda: rng.logseries(-0.1), lambda: rng.logseries(float('nan')), lambda: np.random.logseries(1), lambda: rng.logseries([0.5, 1]), lambda: np.random.logseries([0.5, 1]), lambda: rng.logseries(), lambda: np.random.logseries()]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
