import numpy as np

x = np.array([1, 4, 9, 16, 25])
print(np.diff(x), np.diff(x, n=2), np.diff(x, n=0), np.diff(x, prepend=0), np.diff(x, append=[30, 40]))
m = np.arange(12).reshape(3, 4) ** 2
print(np.diff(m), np.diff(m, axis=0), np.diff(m, axis=-2))
print(np.diff(np.array([True, False, False, True])), np.diff(np.array([0.5, 0.25, 2.0])))
print(np.diff(np.array([1, 2], dtype=np.uint8)[::-1]), np.diff([]), np.diff(np.array([3])))
for f in [lambda: np.diff(np.array(3)), lambda: np.diff(x, n=-1), lambda: np.diff(m, axis=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = np.array([5, 1, 3, 3, 7, 9])
print(np.isin(a, [3, 9, 10]), np.isin(a, [3, 9], invert=True), np.isin(m, [0, 4, 100]))
print(np.isin(np.array([1.0, np.nan]), [np.nan, 1.0]), np.isin(3, [1, 2, 3]), np.isin([], [1]))
print(np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1]), np.intersect1d([1.5, 2.0], [2, 3]), np.intersect1d([], [1]))
print(np.union1d([-1, 0, 1], [-2, 0, 2]), np.union1d(np.array([[3, 1], [2, 9]]), [1.5]))
print(np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5]), np.setdiff1d([5, 5, 1], []), np.setdiff1d([True, False], [True]))
print(np.intersect1d([1, 2], [3, 4]).dtype, np.setdiff1d([], []).dtype)

d = np.arange(16).reshape(4, 4)
print(np.diagonal(d), np.diagonal(d, 1), np.diagonal(d, -2), d.diagonal(offset=3), d.diagonal(5))
t = np.arange(24).reshape(2, 3, 4)
print(np.diagonal(t), np.diagonal(t, axis1=1, axis2=2), t.diagonal(0, 0, 2))
for f in [lambda: np.diagonal(np.arange(3)), lambda: np.diagonal(d, axis1=1, axis2=1), lambda: d.diagonal(0, 0, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = np.array([[10, 30, 20], [60, 40, 50]])
idx = np.argsort(s, axis=1, kind='stable')
print(np.take_along_axis(s, idx, axis=1), np.take_along_axis(s, np.array([[0], [2]]), axis=1))
print(np.take_along_axis(s, np.array([[1, 0, 1]]), axis=0), np.take_along_axis(s, np.array([[-1], [0]]), axis=-1))
print(np.take_along_axis(np.array([4, 2, 8]), np.array([2, 0]), axis=None))
for f in [lambda: np.take_along_axis(s, np.array([0, 1]), axis=1), lambda: np.take_along_axis(s, np.array([[0.0]]), axis=1),
          lambda: np.take_along_axis(s, np.array([[5]]), axis=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(np.logspace(0, 3, 4), np.logspace(0, 1, 3, base=2), np.logspace(1, 2, 3, endpoint=False), np.logspace(0, 2, 3, dtype=int))
print(a.take([0, 2]), s.take([1, 5]), s.take([0, 2], axis=1), s.take(1, axis=0))
