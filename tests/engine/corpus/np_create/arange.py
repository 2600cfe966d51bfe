import numpy as np
print(np.arange(5), np.arange(2, 10), np.arange(1, 10, 3), np.arange(10, 0, -3), np.arange(0))
print(np.arange(0, 1, 0.1), np.arange(0.5, 3), np.arange(5.0), np.arange(-1, 1, 0.25))
print(np.arange(5).dtype, np.arange(5.0).dtype, np.arange(0, 1, 0.1).shape, np.arange(1, 2, 0.3))
print(np.arange(3, dtype=float), np.arange(3, dtype=np.uint8), np.arange(0, 5, 2).size)
print(np.arange(10, 2), np.arange(1, 1.3, 0.1))
