import numpy as np
a = np.arange(5)
try:
    a[1.0]
except IndexError as e:
    print("IndexError:", e)
print(a[np.int64(2)], a[True] if False else "skip", a[np.array(3)])
try:
    a[np.array([1.0])]
except IndexError as e:
    print("IndexError:", e)
