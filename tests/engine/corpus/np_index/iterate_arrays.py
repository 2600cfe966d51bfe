import numpy as np
m = np.arange(6).reshape(3, 2)
for row in m:
    print(row, row.sum())
for x in np.array([1.5, 2.5]):
    print(x, type(x).__name__)
for i, (a, b) in enumerate(m):
    print(i, a, b)
for v in np.arange(4).reshape(2, 2).flatten():
    print(int(v), end=" ")
print()
print(list(zip(np.arange(3), "abc")))
