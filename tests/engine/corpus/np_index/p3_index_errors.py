import numpy as np

a = np.arange(12).reshape(3, 4)
tests = [
    lambda: a[3],
    lambda: a[0, 4],
    lambda: a[-4],
    lambda: a[[0, 5]],
    lambda: a[1, 2, 3],
    lambda: a[np.array([True, False])],
    lambda: a[1.5],
    lambda: a["x"],
    lambda: a[:, [True, False, True]],
    lambda: a[[0, 1], [0, 1, 2]],
    lambda: a.reshape(5, 2),
    lambda: a.reshape(-1, -1),
    lambda: np.arange(5)[np.array([1.0, 2.0])],
    lambda: a.__setitem__((0, 0), "abc"),
    lambda: a.__setitem__(slice(None), np.ones(3)),
    lambda: a.T[4],
    lambda: np.zeros(3)[10],
    lambda: a[None][1],
]
for i, f in enumerate(tests):
    try:
        r = f()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
