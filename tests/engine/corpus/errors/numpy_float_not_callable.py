import numpy as np
a = np.array([1.0, 2.0])
s = a.sum
print(s())
t = a.sum()
print(t())
