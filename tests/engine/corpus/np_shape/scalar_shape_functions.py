# np.transpose/squeeze/reshape/moveaxis/flip of a NumPy scalar give a scalar (its own methods'), of a Python number or 0-d array a 0-d array; ascontiguousarray is at least 1-d
import numpy as np
x = np.float64(4.0)
for f in [np.transpose, np.ravel, np.squeeze, np.swapaxes if False else np.transpose, np.atleast_1d, np.copy, np.round, np.sort, np.flip, np.reshape if False else np.negative, np.abs, np.cumsum, np.diff if False else np.max, np.clip if False else np.sum, np.expand_dims if False else np.mean, np.squeeze, np.asarray, np.ascontiguousarray, np.moveaxis if False else np.around, np.fix if False else np.sign]:
    try:
        print(f.__name__, repr(f(x)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(repr(np.reshape(x, ())), repr(np.swapaxes(np.float64(1), 0, 0)) if False else 0, repr(np.moveaxis(np.float64(2), [], [])), repr(np.expand_dims(x, 0)))
for x in [4.0, 4, True, np.float32(2), np.array(3.0), np.ones((1, 2))]:
    print([repr(f(x)) for f in [np.transpose, np.squeeze, np.flip, lambda v: np.reshape(v, ()) if np.size(v) == 1 else 0, lambda v: np.moveaxis(v, [], []), np.ascontiguousarray]])
