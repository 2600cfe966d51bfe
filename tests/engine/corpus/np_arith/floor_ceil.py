import numpy as np
x = np.array([-2.5, -1.0, -0.5, 0.0, 0.5, 1.7])
print(np.floor(x), np.ceil(x), np.trunc(x), np.floor(x).dtype)
print(np.floor(np.array([3, -3])), np.floor(np.array([3, -3])).dtype, np.ceil(7), repr(np.floor(2.5)))
print(np.floor(np.array([0.99999999, -0.99999999])))
