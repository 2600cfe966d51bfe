import numpy as np


def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, "dtype", type(r).__name__))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: np.sinc(0.0))
t(lambda: np.sinc(0))
t(lambda: np.sinc(0.5))
t(lambda: np.sinc(np.array([0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 1.5])))
t(lambda: np.sinc(np.array([0, 1, 2, -3])))
t(lambda: np.sinc(np.array([0, 1, 2], np.int8)))
t(lambda: np.sinc(np.array([0.0, 0.5, 1.0, 2.0], np.float32)))
t(lambda: np.sinc(np.array([0.0, 0.5, 1.0, 0.25], np.float16)))
t(lambda: np.sinc([[0.0, 0.5], [1.0, 2.0]]))
t(lambda: np.sinc(np.zeros(0)))
t(lambda: np.sinc(np.array([True, False])))
t(lambda: np.sinc())
t(lambda: np.sinc(1.0, 2.0))
t(lambda: np.sinc(x=0.5))
