import numpy as np
a = np.zeros(3)
try:
    a[0] = np.array([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
try:
    a[0] = np.array([1.0, 2.0])
except ValueError as e:
    print("ValueError:", e)
try:
    a[1] = np.array([7.0])
except ValueError as e:
    print("ValueError:", e)
a[1] = np.array([7.0]).item()
a[2] = np.array([[9]])[0, 0]
a[0] = np.array(3.0)
print(a)
try:
    a[0:2] = np.array([1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
