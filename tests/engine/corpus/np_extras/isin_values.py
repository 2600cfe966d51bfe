# np.isin compares as Python's == does: big ints, object arrays of numbers and strings, bools as 0/1, NaN never a
# member; np.indices / np.fromfunction take tuple(dimensions), so an int shape is a TypeError there.
import numpy as np

print(np.isin(np.array([10**20, 10**20 + 1, 5], dtype=object), [1e20, 5.0]))
print(np.isin(np.array(['x', 1, 2.5], dtype=object), np.array(['x', 2.5], dtype=object)))
print(np.isin(np.array([True, 2]), np.array([1.0])))
print(np.isin(10**5000, 2), np.isin(5, [10**5000, 5]))
print(np.isin([1.0, 2.5, np.nan], [2.5, np.nan]))
print(np.isin(np.arange(6).reshape(2, 3), [[1], [4]], invert=True))
print(np.indices((2, 3)).shape, np.fromfunction(lambda i, j: i * 10 + j, (2, 3), dtype=int))
for f in (lambda: np.fromfunction(lambda i: i, 4), lambda: np.indices(3)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
