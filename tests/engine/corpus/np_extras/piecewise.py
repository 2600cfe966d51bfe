import numpy as np

x = np.linspace(-2.5, 2.5, 6)
print(repr(np.piecewise(x, [x < 0, x >= 0], [-1, 1])))
print(repr(np.piecewise(x, [x < 0, x >= 0], [lambda x: -x, lambda x: x])))
print(repr(np.piecewise(x, [x < -1, x > 1], [lambda v: v * 2, lambda v: v ** 2, 0.5])))
print(repr(np.piecewise(x, x > 0, [np.sqrt])), repr(np.piecewise(x, x > 0, [np.sqrt, 7])))
print(repr(np.piecewise(np.arange(6), [np.arange(6) % 2 == 0], [lambda v: v * 10, lambda v: -v])))
print(repr(np.piecewise(np.arange(6), [np.arange(6) > 2], [1.7])), repr(np.piecewise(np.float32([1, 2, 3]), [[True, False, True]], [lambda v: v / 3])))
def f(v, a, b=1):
    return v * a + b
print(repr(np.piecewise(x, [x > 0], [f, 0], 3, b=-1)), repr(np.piecewise(x, [x > 0], [f], 2)))
print(repr(np.piecewise(3.0, 3.0 > 2, [lambda v: v * 2, 0])), repr(np.piecewise(np.array(-1.5), [True], [4])))
print(repr(np.piecewise(x, [x > 100], [lambda v: 1 / 0, 9])))
m = np.arange(12.0).reshape(3, 4)
print(repr(np.piecewise(m, [m < 3, (m >= 3) & (m < 8)], [0, lambda v: v * v, -1])))
print(repr(np.piecewise([1, 2, 3], [True, False, True], [5])), repr(np.piecewise([1, 2, 3], (np.array([1, 0, 1], dtype=bool),), [5, 6])))
for c, fl in [([x > 0, x < 0], [1]), ([x > 0], [1, 2, 3])]:
    try:
        print(repr(np.piecewise(x, c, fl)))
    except Exception as e:
        print(type(e).__name__, e)
