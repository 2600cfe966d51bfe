import numpy as np
x = np.array([1, 2, 3])
a = np.arange(12).reshape(3, 4)
f = np.array([[1.0, 2.5], [-3.0, 4.25]])
cases = [
    lambda: np.pad(x, 2, mode="maximum"),
    lambda: np.pad(x, 2, mode="minimum"),
    lambda: np.pad(np.array([1.0, 2, 4]), 2, mode="mean"),
    lambda: np.pad(np.array([1, 2, 4]), 2, mode="mean"),
    lambda: np.pad(np.array([1, 2, 5]), 2, mode="mean"),
    lambda: np.pad(np.array([1.0, 2, 4, 7]), 2, mode="median"),
    lambda: np.pad(np.array([1, 2, 4, 8]), 2, mode="median"),
    lambda: np.pad(x, 2, mode="linear_ramp"),
    lambda: np.pad(x, (2, 1), mode="linear_ramp", end_values=(5, -1)),
    lambda: np.pad(np.array([1.0, 2.0]), 3, mode="linear_ramp", end_values=0.5),
    lambda: np.pad(np.array([10, 20], dtype=np.uint8), 3, mode="linear_ramp"),
    lambda: np.pad(a, 1, mode="maximum"),
    lambda: np.pad(a, ((0, 0), (1, 2)), mode="mean"),
    lambda: np.pad(a, ((1, 2), (2, 1)), mode="mean", stat_length=2),
    lambda: np.pad(a, 2, mode="minimum", stat_length=((1, 2), (3, 1))),
    lambda: np.pad(a, 1, mode="median", stat_length=(1, 2)),
    lambda: np.pad(f, 2, mode="linear_ramp", end_values=((1, 2), (3, 4))),
    lambda: np.pad(f, 2, mode="linear_ramp"),
    lambda: np.pad(a, 2, mode="linear_ramp", end_values=(-5, 5)),
    lambda: np.pad(f.astype(np.float32), 1, mode="mean"),
    lambda: np.pad(f.astype(np.float32), 2, mode="linear_ramp", end_values=1),
    lambda: np.pad(np.arange(8).reshape(2, 2, 2), 1, mode="mean"),
    lambda: np.pad(np.ones((1, 1, 3, 3)), ((0, 0), (0, 0), (1, 1), (1, 1)), mode="maximum").shape,
    lambda: np.pad(x, 2, mode="maximum", stat_length=0),
    lambda: np.pad(x, 2, mode="maximum", stat_length=-1),
    lambda: np.pad(x, 2, mode="maximum", stat_length=1.5),
    lambda: np.pad(x, 2, mode="mean", stat_length=2.5),
    lambda: np.pad(x, 2, mode="edge", stat_length=2),
    lambda: np.pad(x, 2, mode="constant", end_values=2),
    lambda: np.pad(x, 2, mode="maximum", constant_values=2),
    lambda: np.pad(x, 2, mode="empty").shape,
    lambda: np.pad(np.zeros((0, 2)), 1, mode="mean"),
    lambda: np.pad(np.array([True, False]), 1, mode="mean"),
    lambda: np.pad(np.array([True, False]), 1, mode="maximum"),
    lambda: np.pad(np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.1]), 1, mode="mean"),
    lambda: np.pad(x, 1, mode="wrap", reflect_type="odd"),
]
for i, f_ in enumerate(cases):
    try:
        print(i, repr(f_()))
    except Exception as e:
        print(i, type(e).__name__, e)
for kw in [dict(foo=1), dict(mode="reflect", reflect_type="even"), dict(mode="bogus"), dict(mode="symmetric", reflect_type="even")]:
    try:
        print(np.pad(x, 1, **kw))
    except Exception as e:
        print(type(e).__name__, e)
