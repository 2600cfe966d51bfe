# int() of a NumPy scalar or 0-d array is Python's int(float): exact big values, OverflowError for infinity, no -0
import numpy as np
for v in [np.float64(-0.3), np.float64(1e300), np.float32(3.9), np.int64(2**62), np.float64(np.inf), np.float64(-np.inf), np.float64(np.nan), np.array(2.5e20), np.array(np.inf)]:
    try:
        print(repr(int(v)))
    except Exception as e:
        print(type(e).__name__, e)
