# assignment errors as NumPy words them: basic indexing (leading 1-dims of the value dropped), index arrays ("shape
# mismatch"), a boolean mask of the array's shape (0-d or 1-d values only, one per True), a list deeper than its target
import numpy as np


def s(x, k, v):
    x = x.copy()
    try:
        x[k] = v
        print(repr(x))
    except Exception as e:
        print(type(e).__name__, e)


a, b, c = np.zeros((4, 1)), np.zeros((3, 4)), np.zeros(4)
d, e = np.zeros((2, 3)), np.zeros(3)
s(a, [0, -1], np.ones((4, 1)))
s(c, [0, 1], np.ones(3))
s(c, [0, 1], np.ones((1, 3)))
s(c, [0, 1], [[1, 2]])
s(b, (slice(None), [0, 1]), np.ones((3, 3)))
s(d, ([0, 1], [0, 1]), np.ones(3))
s(d, ([0, 1], slice(None)), np.ones((3, 3)))
s(d, np.array([True, False]), np.ones(4))
s(d, (np.array([True, False]), 0), np.ones(2))
s(b, b > -1, np.ones(36))
s(b, b > -1, np.ones(5))
s(b, b > -1, np.ones((3, 4)))
s(b, b > -1, np.ones((1, 12)))
s(b, b > -1, np.ones(1))
s(c, c > -1, np.array(5.0))
s(c, c > -1, [[1, 2, 3, 4]])
s(c, c > 9, np.ones(3))
s(e, e > -1, [1, 2])
s(c, np.array([True, False, True, False]), [[1, 2]])
s(c, np.array([True, False, True, False]), [7, 8])
s(c, (Ellipsis, 0), np.ones((4, 1)))
s(c, (Ellipsis, 0), np.ones((1, 3)))
s(c, (Ellipsis, 0), np.ones((1, 1)))
s(c, (Ellipsis, 0), [1, 2])
s(d, (Ellipsis, 0, 0), np.ones((2,)))
s(c, 0, np.ones(3))
s(c, 0, [1, 2])
s(d, 0, np.ones((1, 3)))
s(d, 0, np.ones((2, 1, 3)))
s(d, 0, [[1, 2, 3]])
s(d, 0, [1, 2, 3])
s(d, 0, (np.ones((1, 3)), np.ones((1, 3))))
s(d, slice(0, 1), [[1, 2, 3]])
s(d, slice(0, 1), [[[1, 2, 3]]])
s(d, Ellipsis, np.ones((1, 1, 3)))
s(e, slice(None), np.ones((2, 3)))
s(e, slice(0, 2), np.ones((1, 3)))
s(d, (slice(None), 0), np.ones((1, 2)))
