import numpy as np


def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, "dtype", type(r).__name__))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: np.logaddexp2(1.0, 1.0))
t(lambda: np.logaddexp2(0, 0))
t(lambda: np.logaddexp2(np.array([0.0, 3.0, -np.inf, np.inf, np.nan, -np.inf, 10.0]), np.array([-np.inf, 3.0, -np.inf, 1.0, 1.0, 5.0, -10.0])))
t(lambda: np.logaddexp2(np.array([1, 2, 3], np.int8), np.int8(1)))
t(lambda: np.logaddexp2(np.array([1.0, 2.0, 4.0], np.float32), np.float32(1)))
t(lambda: np.logaddexp2(np.array([1.0, 2.0, 4.0], np.float16), np.array([[0.0], [8.0]], np.float16)))
t(lambda: np.logaddexp2(np.array([100.0, -100.0]), np.array([[1.0], [-1.0]])))
t(lambda: np.logaddexp2(np.zeros(0), 1.0))
t(lambda: np.logaddexp2(1.0))
