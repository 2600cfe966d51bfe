import numpy as np
a = np.arange(10) * 10
print(a[[1, 3, 5]], a[np.array([0, -1])], a[[2, 2, 2]], a[np.array([[0, 1], [2, 3]])])
m = np.arange(12).reshape(3, 4)
print(m[[0, 2]], m[[0, 2], [1, 3]], m[:, [0, 3]], m[[0, 1], 2], m[np.arange(3), [0, 1, 2]])
print(m[[[0], [2]], [1, 3]])
t = np.array([2, 0, 1])
y = np.array([[0.1, 0.2, 0.7], [0.5, 0.3, 0.2], [0.2, 0.6, 0.2]])
print(y[np.arange(3), t], np.log(y[np.arange(3), t]))
try:
    a[[10]]
except IndexError as e:
    print("IndexError:", e)
W = np.arange(20).reshape(5, 4)
idx = np.array([0, 2, 0, 4])
print(W[idx])
