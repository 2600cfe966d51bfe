import numpy as np
x = np.array([1, 2, 3])
a = np.arange(6).reshape(2, 3)
for args in [((x, (1, 3)), dict(constant_values=(-1, 9))), ((a, 1), dict(constant_values=((1, 2), (3, 4)))),
             ((a, ((1, 0), (2, 1))), dict(constant_values=(7.9, -1))), ((a.astype(float), 1), dict(constant_values=((0.5,), (2,)))),
             ((a, 1), dict(constant_values=[[1], [2]])), ((a, 1), dict(constant_values=(1, 2, 3))),
             ((np.ones((2, 2), dtype=np.uint8), 1), dict(constant_values=(255, 300)))]:
    try:
        print(repr(np.pad(*args[0], **args[1])))
    except Exception as e:
        print(type(e).__name__, e)
