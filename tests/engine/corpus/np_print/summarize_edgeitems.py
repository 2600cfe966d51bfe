import numpy as np
print(np.arange(1001) * 0.5)
print(np.arange(2002).reshape(2, 1001))
print(np.arange(1010).reshape(101, 10))
print(np.arange(3000).reshape(3, 10, 100))
print(repr(np.linspace(0, 1, 1001)))
print(np.arange(1000).reshape(10, 100))
