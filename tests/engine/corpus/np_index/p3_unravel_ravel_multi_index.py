import numpy as np

a = np.array([[3, 9, 2], [7, 1, 9]])
i = np.argmax(a)
print(i, np.unravel_index(i, a.shape), a[np.unravel_index(i, a.shape)])
print(np.unravel_index(a.argmin(), a.shape))
print(np.unravel_index(np.argsort(a, axis=None)[::-1][:3], a.shape))
print(np.unravel_index([1, 5], (2, 3)), np.unravel_index(np.array([[1], [2]]), (2, 3)))
print(np.unravel_index(5, (2, 3), order="F"), np.unravel_index(3, 4), np.unravel_index(True, (2, 3)))
print(np.ravel_multi_index(([0, 1], 2), (2, 3)), np.ravel_multi_index((1, 2), (2, 3), order="F"))
print(np.ravel_multi_index(([[0], [1]], [0, 1, 2]), (2, 3)))
print(np.ravel_multi_index((1, 5), (2, 3), mode="wrap"), np.ravel_multi_index((1, 5), (2, 3), mode="clip"))
print(np.ravel_multi_index((1, -1), (2, 3), mode=("clip", "wrap")), np.ravel_multi_index(np.array([[0, 1], [1, 2]]), (2, 3)))
rows, cols = np.unravel_index(np.arange(6), (2, 3))
print(rows, cols, np.ravel_multi_index((rows, cols), (2, 3)))
for call in [lambda: np.unravel_index(6, (2, 3)), lambda: np.unravel_index(-1, (2, 3)), lambda: np.unravel_index(1.0, (2, 3)),
             lambda: np.unravel_index([1, 7], (2, 3)), lambda: np.unravel_index([], (2, 3)), lambda: np.ravel_multi_index((1, 5), (2, 3)),
             lambda: np.ravel_multi_index((1,), (2, 3)), lambda: np.ravel_multi_index((1.0, 2), (2, 3)), lambda: np.ravel_multi_index((-1, 0), (2, 3)),
             lambda: np.ravel_multi_index((1, 2), (2, 3), mode="x"), lambda: np.unravel_index(2, (2, 3), order="K")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
