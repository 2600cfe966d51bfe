import numpy as np

np.random.seed(0)
data = np.random.randn(200)
h, e = np.histogram(data)
print(h, e)
h, e = np.histogram(data, bins=5, range=(-2, 2))
print(h, e)
print(np.histogram([1, 2, 2, 3, 3, 3], bins=[0, 1, 2, 3]))
print(np.histogram([1, 2, 2, 3, 3, 3], bins=3, density=True))
print(np.histogram([1, 1, 1]), np.histogram([]))
print(np.histogram([0.5, 1.5, 1.5, 2.5], bins=[0, 1, 2, 3], weights=[1.0, 2.0, 0.5, 4.0]))
print(np.histogram(np.arange(10), bins=3))
for f in [lambda: np.histogram([1, 2], bins=0), lambda: np.histogram([1, 2], bins=[3, 1, 2]),
          lambda: np.histogram([1, 2], range=(3, 1)), lambda: np.histogram([1.0, np.inf])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

x = np.array([[0, 1, 2], [2, 1, 0.5], [1, 3, 2]])
print(np.cov(x), np.cov(x, rowvar=False), np.cov(x, bias=True), np.cov(x, ddof=0))
print(np.cov([1, 2, 3, 4]), np.cov([1, 2, 3], [2, 4, 7]))
print(np.corrcoef(x), np.corrcoef([1, 2, 3], [3, 2, 1.5]), np.corrcoef(np.random.rand(3, 6)))
print(np.corrcoef([1, 2, 3, 4]))

xp = [1, 2, 3]
fp = [3, 2, 0]
print(np.interp(2.5, xp, fp), type(np.interp(2.5, xp, fp)).__name__, np.interp([0, 1, 1.5, 2.72, 3.14], xp, fp))
print(np.interp([0, 4], xp, fp, left=-1, right=99), np.interp([1, 2, 3], [1, 2, 3], [1, 4, 9]), np.interp(np.array([[0.5], [2.5]]), xp, fp))
for f in [lambda: np.interp(1, [], []), lambda: np.interp(1, [1, 2], [1, 2, 3])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

f1 = np.array([1, 2, 4, 7, 11, 16])
print(np.gradient(f1), np.gradient(f1, 2), np.gradient(f1, 0.5), np.gradient(np.array([1.0, 3.0])))
g2 = np.array([[1, 2, 6], [3, 4, 5]], dtype=float)
print(np.gradient(g2), np.gradient(g2, axis=0), np.gradient(g2, axis=1), np.gradient(g2, 2.0, 3.0))
print(np.gradient(g2, axis=(0, 1)), np.gradient(g2, axis=-1))
try:
    np.gradient(np.array([1]))
except Exception as e:
    print(type(e).__name__, e)

sq = np.vectorize(lambda v: v * v)
print(sq([1, 2, 3]), sq(np.array([[0.5], [1.5]])), repr(sq(3)))
print(np.vectorize(lambda a, b: a if a > b else b)([1, 5, 3], [4, 2, 6]))
print(np.vectorize(lambda v: v > 1)(np.array([[1, 2], [3, 0]])), np.vectorize(lambda v: v / 2, otypes=[float])([1, 2]))
print(np.vectorize(lambda v: len(str(v)), otypes='l')([10, 200]))

arr = np.array([[1, 5, 3], [4, 2, 6]])
print(np.apply_along_axis(np.sum, 0, arr), np.apply_along_axis(np.max, 1, arr), np.apply_along_axis(lambda r: r * 2, 1, arr))
print(np.apply_along_axis(lambda r: np.sort(r)[::-1], -1, arr), np.apply_along_axis(lambda r: [r.min(), r.max()], 0, arr))
print(np.apply_along_axis(lambda r, k: r[:k], 1, arr, 2), np.apply_along_axis(lambda r: r.mean(), 1, np.arange(24).reshape(2, 3, 4)))

A = np.array([[1, 1], [1, 0]])
print(np.linalg.matrix_power(A, 10), np.linalg.matrix_power(A, 0), np.linalg.matrix_power(A, 1), np.linalg.matrix_power(np.array([[2.0, 0], [0, 0.5]]), -3))
print(np.linalg.matrix_power(np.arange(8.0).reshape(2, 2, 2) / 4, 5))
for f in [lambda: np.linalg.matrix_power(A, 1.5), lambda: np.linalg.matrix_power(np.ones((2, 3)), 2), lambda: np.linalg.matrix_power(np.ones(3), 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
