import numpy as np
# NumPy >= 2.4: converting an array with ndim > 0 to a Python scalar is an error
try:
    int(np.array([5]))
except TypeError as e:
    print("TypeError:", e)
try:
    float(np.array([[2.5]]))
except TypeError as e:
    print("TypeError:", e)
