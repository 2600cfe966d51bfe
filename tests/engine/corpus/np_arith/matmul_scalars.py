# @ needs an array on one side: NumPy scalars (and Python values with them) raise Python's TypeError
import numpy as np

pairs = [
    (np.True_, np.True_),
    (np.float64(2), np.float64(3)),
    (np.float64(2), np.array([1.0, 2.0])),
    (np.array([1.0, 2.0]), np.float64(2)),
    (np.int64(2), 3),
    (2, np.int64(3)),
    (np.array(2.0), np.array(3.0)),
    (np.float32(1), [1, 2]),
    ([1, 2], np.array([3, 4])),
    (np.array([1, 2]), [3, 4]),
]
for a, b in pairs:
    try:
        print(repr(a @ b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = np.float64(2)
try:
    x @= np.float64(3)
except TypeError as e:
    print(type(e).__name__, e)
