import numpy as np
a = np.array(['1', '2', ''])
m = np.array([['b', 'a'], ['a', 'c']])
tests = [
    lambda: a.sum(dtype=float),
    lambda: a[:2].mean(dtype=float),
    lambda: a.any(),
    lambda: a.all(),
    lambda: np.count_nonzero(a),
    lambda: a.std(),
    lambda: np.var(a),
    lambda: np.ptp(a),
    lambda: a.cumprod(),
    lambda: a[:2].prod(dtype=float),
    lambda: np.argmax(m, axis=1),
    lambda: m.argmin(axis=0),
    lambda: np.argmax(m),
    lambda: a.max(axis=5),
    lambda: np.sum(m, axis=0),
    lambda: np.nanmax(a),
    lambda: np.nanargmin(m),
    lambda: np.amax(a),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
