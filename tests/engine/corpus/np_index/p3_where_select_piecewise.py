import numpy as np

x = np.linspace(-2, 2, 9)
print(np.where(x > 0, x, 0))
print(np.where(x > 0))
print(np.where([[True, False], [False, True]], [[1, 2], [3, 4]], [[9, 8], [7, 6]]))
print(np.where(x > 0, 1, 0.5).dtype, np.where(x > 0, 1, 0).dtype)
conds = [x < -1, x < 1, x >= 1]
print(np.select(conds, [-1, x ** 2, 2 * x]))
print(np.select([x > 10], [x], default=np.nan))
print(np.piecewise(x, [x < 0, x >= 0], [lambda v: -v, lambda v: v ** 2]))
print(np.piecewise(x, [x < -1, x > 1], [0, 1, 0.5]))
print(np.clip(x, -1, 1))
print(np.clip(np.arange(6), 2, None))
print(np.heaviside(x, 0.5))
leaky = np.where(x > 0, x, 0.01 * x)
print(leaky)
print(np.maximum(x, 0.1 * x), np.minimum(x, 0))
print(np.sign(x), np.abs(x).argmin())
try:
    np.where(x > 0, x)
except ValueError as e:
    print(e)
try:
    np.select([x > 0], [x, x])
except ValueError as e:
    print(e)
