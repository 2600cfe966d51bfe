import numpy as np
a = np.empty(3, dtype=object)
a[0] = [1, 2]
a[1] = (3, 4)
print(a)
d = np.array([[1, 2], [3]], dtype=object)
print(d, d.shape)
