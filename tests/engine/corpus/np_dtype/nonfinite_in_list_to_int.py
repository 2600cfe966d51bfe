# float arrays with NaN, inf or huge values inside a list cast to int64/int32: x86's integer indefinite, as astype gives
import numpy as np
v2 = (np.array([np.nan, 1.0, np.inf]), np.array([2.0, -np.inf, 3.0]))
try:
    v3 = np.array(v2, dtype=np.int64)
    print(v3)
except Exception as e:
    print(type(e).__name__, e)
for x in [np.array([np.nan]), np.array([np.inf]), np.array([1e300])]:
    try:
        print(x.astype(np.int64))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(np.array([np.nan, 2.0], dtype=np.int64))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(np.array([[np.nan], [2.0]], dtype=np.int32))
except Exception as e:
    print(type(e).__name__, e)
a = np.array([np.nan, 1.5, np.inf])
for f in [lambda: np.array([a, a], dtype=np.int64), lambda: np.array((a,), dtype=np.int64), lambda: np.array([a], dtype=np.int32), lambda: np.asarray([a], dtype=np.int64), lambda: np.array([a, [1.0, 2.0, 3.0]], dtype=np.int64)]:
    try:
        print(f().tolist())
    except Exception as e:
        print(type(e).__name__, e)
