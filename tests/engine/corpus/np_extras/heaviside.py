import numpy as np


def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, "dtype", type(r).__name__))
    except Exception as e:
        print(type(e).__name__, e)


x = np.array([-1.5, -0.0, 0.0, 0.5, np.nan, np.inf, -np.inf])
t(lambda: np.heaviside(x, 0.5))
t(lambda: np.heaviside(x, np.array([[0.0], [1.0]])))
t(lambda: np.heaviside(x.astype(np.float32), np.float32(0.25)))
t(lambda: np.heaviside(x.astype(np.float16), 0.5))
t(lambda: np.heaviside(np.array([-2, 0, 3]), 0.5))
t(lambda: np.heaviside(np.array([-2, 0, 3], np.int8), np.int8(7)))
t(lambda: np.heaviside(np.array([-2, 0, 3], np.int16), 1))
t(lambda: np.heaviside(np.array([True, False]), np.nan))
t(lambda: np.heaviside(0.0, 0.5))
t(lambda: np.heaviside(-3, 1))
t(lambda: np.heaviside(np.float32(0), np.float32(0.1)))
t(lambda: np.heaviside(np.float32(0), 0.1))
t(lambda: np.heaviside([0, 1, -1], [2.5]))
t(lambda: np.heaviside(np.zeros((0, 2)), 1.0))
t(lambda: np.heaviside(np.zeros(2), np.zeros(3)))
t(lambda: np.heaviside(1))
t(lambda: np.heaviside(1, "a"))
t(lambda: np.heaviside(np.array([1, 2], object), 0.5))
t(lambda: np.frexp(np.array([1.0], object)))
