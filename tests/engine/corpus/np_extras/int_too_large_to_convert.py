import numpy as np
try:
    np.array([2 ** 64])
except OverflowError as e:
    print("OverflowError:", e)
try:
    np.int64(2 ** 63)
except OverflowError as e:
    print("OverflowError:", e)
print(np.array([2 ** 63 - 1]), np.array([2 ** 63]).dtype)
