import numpy as np
a = np.array([1, 2])
try:
    if a:
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(np.array([]))
except ValueError as e:
    print(type(e).__name__, e)
print(bool(np.array([0])), bool(np.array([[3]])), bool(np.array(0.0)))
try:
    np.array([1, 2]) and np.array([3, 4])
except ValueError as e:
    print(type(e).__name__, e)
