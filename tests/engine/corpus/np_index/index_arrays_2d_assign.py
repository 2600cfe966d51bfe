import numpy as np
m = np.zeros((4, 4), dtype=int)
rows = np.array([0, 1, 2, 3])
cols = np.array([3, 2, 1, 0])
m[rows, cols] = 1
print(m)
m[np.arange(4), np.arange(4)] += 5
print(m)
m[[0, 3]] = [[9, 9, 9, 9], [8, 8, 8, 8]]
print(m)
m[:, [1, 2]] *= -1
print(m)
y = np.array([[0.2, 0.8], [0.6, 0.4], [0.5, 0.5]])
t = np.array([1, 0, 1])
dx = y.copy()
dx[np.arange(3), t] -= 1
print(dx)
