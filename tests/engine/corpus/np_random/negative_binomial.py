import numpy as np
rng = np.random.default_rng(8)
print(rng.negative_binomial(5, 0.5), repr(rng.negative_binomial([1, 10, 0.5], [0.9, 0.3, 0.5])), repr(rng.negative_binomial(3, 0.2, size=(2, 3))), rng.negative_binomial(2, 1))
for n, p in [(1, 0.5), (0.3, 0.1), (20, 0.7), (100, 0.01), (2.5, 0.999)]:
    x = np.random.default_rng(17).negative_binomial(n, p, 3000); print(n, p, x.dtype, x.sum(), x.max(), x[:6])
for f in [lambda: rng.negative_binomial(0, 0.5), lambda: rng.negative_binomial(1, 0), lambda: rng.negative_binomial(float('nan'), 0.5), lambda: rng.negative_binomial(1e30, 1e-10), lambda: rng.negative_binomial([1, 0], 0.5), lambda: rng.negative_binomial([1, float('nan')], 0.5), lambda: rng.negative_binomial(1, [0.5, 1.5]), lambda: rng.negative_binomial(1), lambda: rng.negative_binomial([1e30, 1], [1e-10, 0.5])]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
