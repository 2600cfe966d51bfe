import numpy as np


def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, "dtype", type(r).__name__))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: np.spacing(1.0))
t(lambda: np.spacing(-1.0))
t(lambda: np.spacing(0.0))
t(lambda: np.spacing(-0.0))
t(lambda: np.spacing(np.array([1e308, 1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 1e-310, 1000.0, np.inf, -np.inf, np.nan])))
t(lambda: np.spacing(np.array([1.0, -1.0, 0.0, -0.0, 3.4028234663852886e38, 1e-45, 100.5, 16777216.0], np.float32)))
t(lambda: np.spacing(np.float32(1)))
t(lambda: np.spacing(np.array([1, 1000], np.int16)))
t(lambda: np.spacing(np.array([1, 1000])))
t(lambda: np.spacing(7))
t(lambda: np.spacing([[1.0, 2.0], [4.0, 8.0]]))
t(lambda: np.spacing(np.zeros((2, 0))))
t(lambda: np.spacing(np.float16(1)))
t(lambda: np.spacing(np.array([1, 2], np.int8)))
t(lambda: np.spacing())
t(lambda: np.spacing("a"))
t(lambda: np.spacing(np.array([1.0, -1.0, 0.0, 65504.0, -65504.0, 6e-8, 0.5, 2.0, -2.0, 1000.0, 3e-5], np.float16)))
t(lambda: np.spacing(np.array([np.inf, -np.inf, np.nan], np.float16)))
t(lambda: np.spacing(np.array([np.inf, -np.inf, np.nan], np.float32)))
