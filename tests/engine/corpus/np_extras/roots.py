import numpy as np

for p in ([1, -3, 2], [2.0, 5.0], [1.5, -0.25, -3.75], [0, 0, 1, -2, 0, 0], [3], [0, 0], [], [0, 5, 0], (1, 2), [1, 0, -2],
          [True, True], [1, -2, 1], [4, 0, 0], [1e-8, 1, 1], [2, 1e8, 1], [-1.0, 0.3, 0.7]):
    r = np.roots(p)
    print(repr(r), r.dtype)
print(repr(np.roots(np.float32([2, -3]))), repr(np.roots(np.float32([0, 1.5, 0]))), repr(np.roots(np.float32([4]))))
print(repr(np.roots(np.array([1, 7, -18], dtype=np.int32))))
rng = np.random.default_rng(4)
for t in range(25):
    z = np.sort(rng.standard_normal(2)) * float(rng.uniform(0.1, 40))
    a = float(rng.uniform(-3, 3))
    print(repr(np.roots([a, -a * (z[0] + z[1]), a * z[0] * z[1]])))
for t in range(10):
    print(repr(np.roots(rng.standard_normal(2) * 100)))
for p in (7, 2.5, np.array(7), np.float64(3), [[1, 2], [3, 4]], [1.0, np.inf, 2.0], [np.nan, 1.0]):
    try:
        print(repr(np.roots(p)))
    except Exception as e:
        print(type(e).__name__, e)
