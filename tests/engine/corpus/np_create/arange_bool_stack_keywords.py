# np.arange(..., dtype=bool) is honoured up to length 2 and refused beyond (it printed an int64 array); hstack/vstack
# name an unexpected keyword as Python does (found by the fuzzer)
import numpy as np
a = np.arange(6.0).reshape(2, 3)
tests = [lambda: np.arange(3, dtype=bool), lambda: np.arange(2, dtype=bool), lambda: np.arange(0, dtype=bool), lambda: np.arange(1, 3, dtype=bool),
         lambda: np.arange(True), lambda: np.arange(False, True), lambda: np.arange(2, dtype=np.bool_), lambda: np.hstack([a, a], axis=1), lambda: np.vstack([a, a], axis=0),
         lambda: np.dstack([a, a], bogus=1)]
for f in tests:
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
