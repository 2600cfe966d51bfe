import numpy as np
for shape in [(2,), (1, 3), (2, 2), (2, 1, 2)]:
    for dt in [float, int, bool, np.float32, np.uint8]:
        z = np.zeros(shape, dtype=dt)
        print(shape, np.dtype(dt).name, z.dtype, z.size, repr(z).replace("\n", " "))
