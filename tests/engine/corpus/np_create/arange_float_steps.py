import numpy as np
print(np.arange(0, 1, 0.25), np.arange(0, 0.3, 0.1), np.arange(1, 0, -0.25), np.arange(0.1, 0.5, 0.1))
print(np.arange(-3, 3), np.arange(-3.0, 3.0, 1.5), len(np.arange(0, 10, 0.1)), np.arange(0, 10, 0.1)[-1])
print(np.arange(5)[::-1], np.arange(10)[2:8:2], np.arange(3, dtype=np.float32))
