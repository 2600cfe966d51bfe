import numpy as np

a = np.ones((3, 4, 5, 6))
for ax, st in [(3, 1), (2, 0), (1, 4), (0, 2), (-1, 0), (1, -1), (2, -4), (3, 3), (1, 1), (1, 2)]:
    print(ax, st, np.rollaxis(a, ax, st).shape)
m = np.arange(6).reshape(2, 3)
r = np.rollaxis(m, 1)
print(repr(r), r.base is not None)
r[0, 0] = 100
print(m)
for f in [lambda: np.rollaxis(a, 4), lambda: np.rollaxis(a, 1, 5), lambda: np.rollaxis(a, 1, -5), lambda: np.rollaxis(a, -5, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

x = np.arange(16.0).reshape(2, 2, 4)
print(np.dsplit(x, 2), np.dsplit(x, np.array([3, 6])), np.dsplit(x, [1]), type(np.dsplit(x, 4)).__name__)
print([s.shape for s in np.dsplit(np.zeros((1, 2, 6, 2), int), 3)])
for f in [lambda: np.dsplit(np.arange(4).reshape(2, 2), 2), lambda: np.dsplit(x, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = np.array([0.5, 2.25, 1.0, 7.75, 3.1, -1.2])
print(repr(np.histogram_bin_edges(d)), repr(np.histogram_bin_edges(d, bins=3)), repr(np.histogram_bin_edges(d, 7, range=(-2, 9.5))))
print(repr(np.histogram_bin_edges([1, 2, 2, 5, 9], 4)), repr(np.histogram_bin_edges(np.array([3, 3, 3]), 2)), repr(np.histogram_bin_edges([], 3)))
print(repr(np.histogram_bin_edges(d, [0, 1, 5])), repr(np.histogram_bin_edges(d, np.array([0.5, 1, 1, 2]))), repr(np.histogram_bin_edges(d, (1.5, 2))))
print(repr(np.histogram_bin_edges(d, np.int64(5))), repr(np.histogram_bin_edges(d.reshape(2, 3), 5, weights=np.ones((2, 3)))))
print(np.histogram_bin_edges(d, 13)[1:-1] == np.histogram(d, 13)[1][1:-1], repr(np.histogram_bin_edges(np.arange(10, dtype=np.uint8), 3)))
print(repr(np.histogram_bin_edges(np.array([True, False, True]), 4)), repr(np.histogram_bin_edges(np.array([True]), 2)))
print(repr(np.histogram_bin_edges(np.linspace(0.1, 0.7, 9), 6)), repr(np.histogram_bin_edges(d, 5, range=[np.float64(-1), 1])))
for f in [lambda: np.histogram_bin_edges(d, 0), lambda: np.histogram_bin_edges(d, 2.5), lambda: np.histogram_bin_edges(d, [3, 1]),
          lambda: np.histogram_bin_edges(d, [[1, 2]]), lambda: np.histogram_bin_edges(d, range=(3, 1)),
          lambda: np.histogram_bin_edges(d, range=(0, np.inf)), lambda: np.histogram_bin_edges(d, range=(0.0, np.nan)),
          lambda: np.histogram_bin_edges([1.0, np.inf]), lambda: np.histogram_bin_edges([1.0, np.nan]),
          lambda: np.histogram_bin_edges(d, weights=[1, 2]), lambda: np.histogram_bin_edges([1e300, 1e300 * (1 + 2e-16)], 8)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
