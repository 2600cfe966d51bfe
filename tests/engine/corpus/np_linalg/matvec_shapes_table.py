import numpy as np
shapes = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((1, 3), (3, 1)), ((3, 1), (1, 3))]
for sa, sb in shapes:
    a = np.arange(np.prod(sa)).reshape(sa) + 1.0
    b = np.arange(np.prod(sb)).reshape(sb) - 1.0
    d = np.dot(a, b)
    m = a @ b
    print(sa, sb, "->", np.shape(d), np.array_equal(d, m), d if np.ndim(d) < 2 else d.tolist())
