import numpy as np
rng = np.random.default_rng(3)
print(rng.wald(1.0, 2.0), repr(rng.wald([0.5, 3.0], 1.0)), repr(rng.wald(2, 0.5, size=(2, 2))))
x = np.random.default_rng(9).wald(0.7, 3.5, 5000); print(repr(x.sum()), repr(x.max()), repr(x[:3]))
np.random.seed(4)
print(np.random.wald(1.0, 2.0), repr(np.random.wald([0.5, 3.0], 1.0)))
np.random.seed(9); x = np.random.wald(0.7, 3.5, 5000); print(repr(x.sum()), repr(x.max()), repr(x[:3]))
for f in [lambda: rng.wald(0, 1), lambda: rng.wald(1, 0), lambda: rng.wald(1), lambda: rng.wald([1, -1], 1), lambda: np.random.wald(-1, 1), lambda: np.random.wald(1, [1, 0]), lambda: np.random.wald(1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for m, sc in [(1e6, 1e-3), (1e-3, 1e6), (3.0, 3.0), (50.0, 0.01)]:
    x = np.random.default_rng(21).wald(m, sc, 3000); print(m, sc, repr(x.sum()), repr(x.min()), repr(x.max()))
    np.random.seed(21); x = np.random.wald(m, sc, 3000); print(m, sc, repr(x.sum()), repr(x.min()), repr(x.max()))
