# shapes as NumPy reads them: one integer or a sequence of integers; bools and floats refused with NumPy's messages
import numpy as np
t = np.True_
for f in [lambda: np.zeros(t), lambda: np.zeros((2, t)), lambda: np.ones([t]), lambda: np.empty(2.0), lambda: np.zeros((2, 2.0)), lambda: np.arange(4).reshape(t, 4), lambda: np.arange(4).reshape((2, 2.0)), lambda: np.zeros('3'), lambda: np.zeros(True), lambda: np.zeros((True, 2)), lambda: np.arange(4).reshape(True, 4), lambda: np.full((2, np.float64(2)), 1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
