import numpy as np


def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, "dtype", type(r).__name__))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: np.ldexp(1.0, 3))
t(lambda: np.ldexp(np.array([1.0, -0.5, 3.0, 0.0, np.inf, np.nan]), np.array([1, 2, -3, 5, 1, 1])))
t(lambda: np.ldexp(np.array([1.0, 1.5]), [[1], [1024], [-1074], [-1075], [2000], [-2000]]))
t(lambda: np.ldexp(0.75, -1074))
t(lambda: np.ldexp(1.5, -1074))
t(lambda: np.ldexp(2.5, -1075))
t(lambda: np.ldexp(np.array([1.0, 3.0], np.float32), np.array([127, 128])))
t(lambda: np.ldexp(np.array([1.0, 3.0], np.float32), np.array([-149, -150])))
t(lambda: np.ldexp(np.float32(1.5), np.int64(3)))
t(lambda: np.ldexp(np.array([1.0, 3.0], np.float16), np.array([15, -25], np.int32)))
t(lambda: np.ldexp(np.int8(1), 2))
t(lambda: np.ldexp(np.array([1, 2], np.int16), np.array([3, 4], np.int8)))
t(lambda: np.ldexp(1, 2))
t(lambda: np.ldexp(1.5, True))
t(lambda: np.ldexp(1.0, np.int8(2)))
t(lambda: np.ldexp(np.zeros(0), 3))
t(lambda: np.ldexp(np.float32(1), 2.5))
t(lambda: np.ldexp(1.0, np.array([1.0])))
t(lambda: np.ldexp(np.zeros(2), np.zeros(3, int)))
t(lambda: np.ldexp(1.0, 2.0))
t(lambda: np.ldexp(1.0, 2.5))
t(lambda: np.ldexp(1.0, np.uint8(3)))
t(lambda: np.ldexp(1.0))
