import warnings

import numpy as np

# a float16 array updated in place by a wider operand stores the result rounded to half (NumPy's output cast)
for t in [np.float16, np.float32]:
    for o in [np.array([2]), np.array([2.0]), 2.0, np.float64(2.0), np.array([2], dtype=np.int32)]:
        v = np.array([0.2688], dtype=t)
        v += o
        print(t.__name__, v, v.astype(np.float64).tolist())
    v = np.array([0.2688], dtype=t)
    np.multiply(v, np.array([3]), out=v)
    print(v.astype(np.float64).tolist())
v = np.array([[1.5, 2.5], [3.5, 4.5]], dtype=np.float16)
v[:, 0] *= np.array([1.001, 1.001])
print(v.astype(float).tolist())
v0 = (np.arange(3) - 3).reshape(1, 3).astype(np.uint8)
v4 = 1 / (1 + np.exp(-v0))
v4 += np.arange(3).reshape(1, 3)
with np.printoptions(precision=3, suppress=True):
    print(v4)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    v = np.array([60000.0], dtype=np.float16)
    v += np.array([10000.0])
    print(v, [str(x.message) for x in w])
