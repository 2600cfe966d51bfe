# the numbers ABCs with Python and NumPy scalars (the engine has no numbers module)
import numbers
import numpy as np
for v in [1, 1.5, True, np.float64(1.5), np.float32(2), np.int64(3), np.bool_(True)]:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Real), isinstance(v, numbers.Integral))
