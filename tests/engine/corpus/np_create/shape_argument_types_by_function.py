# the same rule in the functions that take a shape or size; tile's reps are counts (bools allowed)
import numpy as np
rng = np.random.default_rng(0)
for v in [True, 2.0, np.True_, (2, True), (2, 2.0)]:
    for name, f in [("rng.random", lambda v: rng.random(v)), ("rng.normal", lambda v: rng.normal(size=v)), ("np.random.normal", lambda v: np.random.normal(size=v)), ("resize", lambda v: np.resize(np.arange(3), v) if v != (2, 2.0) else 0), ("unravel", lambda v: np.unravel_index(1, v)), ("empty", lambda v: np.empty(v)), ("full", lambda v: np.full(v, 1)), ("ones_like", lambda v: np.ones_like(np.arange(2), shape=v)), ("tile", lambda v: np.tile(np.arange(2), v)), ("broadcast_to", lambda v: np.broadcast_to(1, v))]:
        try:
            r = f(v)
            print(name, repr(v), "->", np.shape(r))
        except Exception as e:
            print(name, repr(v), type(e).__name__, e)
