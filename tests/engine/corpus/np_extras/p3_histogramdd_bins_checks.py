# np.histogramdd checks each dimension in turn: its bin count positive, then its range, then the count an integer.
import numpy as np

x = np.array([[0.0, 1.0], [2.0, 3.0]])
cases = [
    dict(bins=2.5, range=[(3, 1), None]),
    dict(bins=[3, 2.5], range=[None, (3, 1)]),
    dict(bins=[2.5, 0], range=None),
    dict(bins=[0, 2.5], range=[(3, 1), None]),
    dict(bins=[np.float64(2.0), 2], range=[(3, 1), None]),
    dict(bins=[np.array(2.0), 2], range=[None, (3, 1)]),
    dict(bins=[2, np.int64(3)], range=[(0, 4), (0, 3)]),
]
for kw in cases:
    try:
        print(np.histogramdd(x, **kw)[0])
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(np.histogram2d([0.0, 1.0], [1.0, 2.0], bins=1.5, range=[(2, 0), (0, 1)]))
except Exception as e:
    print(type(e).__name__, e)
# operator.index takes a Python bool (a count of 1, or 0: not positive) but not np.bool_
for bins in [True, [np.True_, 2], [np.array(True), 1], False]:
    try:
        print(np.histogramdd(x, bins=bins)[0])
    except Exception as e:
        print(type(e).__name__, e)
