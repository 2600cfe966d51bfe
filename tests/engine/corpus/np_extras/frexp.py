import numpy as np


def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, "dtype", type(r).__name__))
    except Exception as e:
        print(type(e).__name__, e)


x = np.array([0.0, -0.0, 1.0, -3.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310, np.inf, -np.inf, np.nan])
m, e = np.frexp(x)
print(repr(m), repr(e))
print(repr(np.ldexp(m, e)))
t(lambda: np.frexp(8.0))
t(lambda: np.frexp(np.float32(0.1)))
t(lambda: np.frexp(np.array([0.1, 3.0, 1e-40, 3e38], np.float32)))
t(lambda: np.frexp(np.array([0.1, 3.0, 6e-5, 65504], np.float16)))
t(lambda: np.frexp(np.array([1, 2, 3], np.int8)))
t(lambda: np.frexp(np.array([[1, 2], [300, 4]], np.int16)))
t(lambda: np.frexp(12))
t(lambda: np.frexp(np.zeros(0)))
t(lambda: np.frexp(True))
t(lambda: np.frexp())
