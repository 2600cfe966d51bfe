import numpy as np
a = np.ones((2, 3))
b = np.ones((4, 5))
try:
    a + b
except Exception as e:
    print(type(e).__name__, e)
try:
    np.ones(3) * np.ones(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.ones((2, 3)) - np.ones((3, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    x = np.zeros(3)
    x += np.ones((2, 3))
except Exception as e:
    print(type(e).__name__, e)
