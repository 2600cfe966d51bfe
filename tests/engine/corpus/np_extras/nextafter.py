import numpy as np


def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, "dtype", type(r).__name__))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: np.nextafter(1.0, 2.0))
t(lambda: np.nextafter(1.0, 0.0))
t(lambda: np.nextafter(0.0, 1.0))
t(lambda: np.nextafter(-0.0, -1.0))
t(lambda: np.nextafter(0.0, -0.0))
t(lambda: np.nextafter(np.array([1.0, -1.0, 1e308, 5e-324, -5e-324, np.inf, 2.0]), np.array([np.inf, 0.0, np.inf, 0.0, 0.0, 0.0, 2.0])))
t(lambda: np.nextafter(np.array([1.0, np.nan, 3.0]), np.array([np.nan, 1.0, 3.0])))
t(lambda: np.nextafter(np.float64(1.7976931348623157e308), np.inf))
f = np.array([1.0, -1.0, 0.0, 3.4028234663852886e38, 1e-45, -0.0, 100.5], np.float32)
t(lambda: np.nextafter(f, np.float32(np.inf)))
t(lambda: np.nextafter(f, np.float32(-np.inf)))
t(lambda: np.nextafter(f, 0))
t(lambda: np.nextafter(np.float32(1), np.float32(2)))
t(lambda: np.nextafter(np.float32(1), 2.0))
t(lambda: np.nextafter(np.float32(1), np.float64(2)))
t(lambda: np.nextafter(np.array([1, 2], np.int16), 5))
t(lambda: np.nextafter(np.array([1, 2], np.int32), 5))
t(lambda: np.nextafter(1, 2))
t(lambda: np.nextafter([[1.0], [2.0]], [0.0, 3.0]))
t(lambda: np.nextafter(np.zeros(0), 1.0))
t(lambda: np.nextafter(np.float16(1), np.float16(2)))
t(lambda: np.nextafter(1.0))
h = np.array([1.0, -1.0, 0.0, 65504.0, 6e-8, 0.5, 2.0, -2.0, 1000.0], np.float16)
t(lambda: np.nextafter(h, np.float16(np.inf)))
t(lambda: np.nextafter(h, np.float16(0)))
t(lambda: np.nextafter(np.array([1, 2], np.int8), np.int8(0)))
t(lambda: np.nextafter(np.array([np.inf, -np.inf], np.float16), np.float16(0)))
t(lambda: np.nextafter(np.array([np.inf, -np.inf], np.float32), np.float32(0)))
t(lambda: np.nextafter(np.array([np.inf, -np.inf]), 0.0))
h = np.array([-6e-8, 6e-8, -0.0], np.float16)
t(lambda: np.nextafter(h, np.float16(1)))
t(lambda: np.nextafter(h, np.float16(-1)))
