import numpy as np
def show(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__ + ":", e)
rng = np.random.default_rng(4)
x = rng.standard_normal(50); y = rng.integers(0, 5, 50); z = rng.random(50)
show(lambda: np.histogram2d(x, y, bins=[3, 5], density=True))
show(lambda: np.histogram2d(x, y, bins=(np.array([-1., 0, 1]), [0, 2, 4]), weights=z, density=True))
show(lambda: np.histogram2d(x, y, bins=4, range=[None, (0, 4)]))
show(lambda: np.histogram2d(x, y, bins=[0, 1, 2, 3]))
show(lambda: np.histogram2d(x, y, bins=[2.0, 3]))
show(lambda: np.histogram2d(x, y, bins=[0, 3]))
show(lambda: np.histogram2d(x, y, bins=[[3, 1], 3]))
show(lambda: np.histogram2d(x, y, range=[(0, 1)]))
show(lambda: np.histogram2d(x, y, range=[(1, 0), None]))
show(lambda: np.histogram2d(x, y, weights=z[:3]))
show(lambda: np.histogram2d([1, 1], [2, 2], bins=2))
show(lambda: np.histogram2d([], [], bins=2))
show(lambda: np.histogram2d([1.0, np.nan], [2, 2], bins=2))
show(lambda: np.histogramdd(np.stack([x, y, z], axis=1), bins=(2, 3, 2))[0].shape)
show(lambda: np.histogramdd(x, bins=4))
show(lambda: np.histogramdd([x, z], bins=2, density=True))
show(lambda: np.histogramdd(np.stack([x, z], 1), bins=[2]))
show(lambda: np.histogramdd(np.stack([x, z], 1), range=[(0, 1)]))
show(lambda: np.histogramdd(np.stack([x, z], 1), bins=[np.ones((2, 2)), 2]))
# the string bin estimators, by np.histogram and np.histogram_bin_edges, on float64, float32 and integer data
for n in [1, 3, 17, 100, 1000]:
    for kind in ["normal", "exp", "int", "f32", "dup"]:
        x = {"normal": rng.standard_normal(n), "exp": rng.exponential(2.0, n), "int": rng.integers(0, 50, n),
             "f32": rng.standard_normal(n).astype(np.float32), "dup": np.repeat(rng.standard_normal(max(n // 4, 1)), 4)}[kind]
        for b in ["auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt"]:
            e = np.histogram_bin_edges(x, bins=b)
            h, he = np.histogram(x, bins=b, range=(-1, 3))
            print(n, kind, b, e.size, e.dtype, e[-1], he.size, h.sum())
v = rng.standard_normal(200).astype(np.float32)
print(np.histogram(v, bins=5))
print(np.histogram(v, bins="auto", density=True)[0][:3])
show(lambda: np.histogram(v, bins="bogus"))
show(lambda: np.histogram(v, bins="auto", weights=np.ones(200)))
show(lambda: np.histogram_bin_edges([1, 2, 3], bins="fd", range=(5, 6)))
