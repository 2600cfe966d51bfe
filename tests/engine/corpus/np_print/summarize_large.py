import numpy as np
print(np.arange(1000))
print(np.arange(1001))
print(np.arange(2000).reshape(40, 50))
print(np.arange(3000) * 0.5)
print(repr(np.arange(1500)))
print(np.zeros((10, 10, 20)))
print(np.ones((1001,), dtype=bool))
print(repr(np.arange(2000.0).reshape(2, 1000)))
