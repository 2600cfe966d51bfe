# np.clip of a scalar element with array bounds: the result has all three operands' dtype
import numpy as np
v0 = np.array([[1, -3], [4, 5]])
for args in [(np.int64(-6), v0, 2.5), (False, np.array([[-2, 0, 2]]), 2.5), (np.int64(3), 1, 2.5), (np.array(3), 1, 2.5), (np.array([3, 1]), 1, 2.5), (5, 1, 2.5), (np.int32(5), 1, 2.5), (np.float32(5), 1, 2.5), (np.arange(3), 0.5, 1.5), (np.arange(3), 0, np.float64(1.5))]:
    try:
        r = np.clip(*args)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(5, np.array([1, 7]), 2.5), (True, np.array([0.5, 2.0]), 3), (np.float32(2), np.array([1, 3], dtype=np.int8), 2.5), (np.float32(2), 1, np.float32(1.5)), (2, 3, 4)]:
    r = np.clip(*args)
    print(type(r).__name__, repr(r))
