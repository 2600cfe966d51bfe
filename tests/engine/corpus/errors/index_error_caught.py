import numpy as np
try:
    [1, 2, 3][3]
except Exception as e:
    print(type(e).__name__, e)
try:
    np.arange(3)[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    np.zeros((2, 2))[0, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    np.zeros(3)[0, 0]
except Exception as e:
    print(type(e).__name__, e)
