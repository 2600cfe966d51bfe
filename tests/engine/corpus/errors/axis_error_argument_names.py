# NumPy functions that name the argument in their AxisError (normalize_axis_index(..., argname)), and np.split,
# which reads ary.shape[axis] first
import numpy as np

x = np.ones((2, 3))
cases = [
    lambda: np.swapaxes(x, 0, 2),
    lambda: np.swapaxes(x, 2, 0),
    lambda: x.swapaxes(0, -3),
    lambda: np.moveaxis(x, 2, 0),
    lambda: np.moveaxis(x, 0, 2),
    lambda: np.moveaxis(x, [0, 0], [1, 0]),
    lambda: np.moveaxis(x, [0, 1], [1]),
    lambda: np.moveaxis(x, 0, -1).shape,
    lambda: np.average(x, axis=2),
    lambda: np.average(x, axis=(0, 0)),
    lambda: np.average(x, axis=-3, weights=np.ones(3)),
    lambda: np.split(x, 2, axis=2),
    lambda: np.array_split(x, [1], axis=-3),
    lambda: np.split(x, 3, axis=1)[0].shape,
    lambda: np.sum(x, axis=2),
    lambda: x.transpose(0, 2),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
