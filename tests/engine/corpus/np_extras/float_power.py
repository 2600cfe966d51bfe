import numpy as np


def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, "dtype", type(r).__name__))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: np.float_power(2, 3))
t(lambda: np.float_power(2.0, -2))
t(lambda: np.float_power(np.array([1, 2, 3, 4]), 2))
t(lambda: np.float_power(np.array([4.0, 9.0, 0.25]), 0.5))
t(lambda: np.float_power(np.array([2, 3], np.int8), np.array([[1], [3]], np.int8)))
t(lambda: np.float_power(np.array([2, 4], np.float32), np.float32(2)))
t(lambda: np.float_power(np.array([2, 4], np.float16), 3))
t(lambda: np.float_power(np.array([True, False]), 2))
t(lambda: np.float_power(-8.0, 1 / 3))
t(lambda: np.float_power(np.array([0.0, -0.0, 1.0, -1.0, np.inf, np.nan]), np.array([-1.0, -1.0, np.nan, np.inf, -1.0, 0.0])))
t(lambda: np.float_power(np.float32(3), np.float32(2)))
t(lambda: np.float_power(np.zeros(0), 2))
t(lambda: np.float_power(2))
