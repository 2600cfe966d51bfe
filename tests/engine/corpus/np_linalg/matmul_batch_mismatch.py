# matmul's loop dimensions that do not broadcast: NumPy's gufunc message with the remapped shapes
import numpy as np

for a, b in [((2, 3, 4), (2, 3, 4, 1)), ((2, 2, 3), (3, 3, 4)), ((5, 2, 3), (4, 3, 2)), ((3, 2, 3), (2, 3)), ((2, 1, 2, 3), (4, 3, 5)), ((2, 3), (2, 4, 3, 5)), ((4, 2, 3), (3,)), ((3,), (4, 3, 2))]:
    try:
        print(a, b, (np.ones(a) @ np.ones(b)).shape)
    except ValueError as e:
        print(a, b, e)
try:
    np.matmul(np.ones((2, 2, 3), dtype=np.float32), np.ones((3, 3, 1), dtype=np.float32))
except ValueError as e:
    print(e)
