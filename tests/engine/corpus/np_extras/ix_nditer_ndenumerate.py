import numpy as np
m = np.arange(12).reshape(3, 4)
print(m[np.ix_([0, 2], [1, 3])])
for v in np.nditer(np.arange(4).reshape(2, 2)):
    print(int(v), end=" ")
print()
for idx, v in np.ndenumerate(np.array([[1, 2], [3, 4]])):
    print(idx, v)
