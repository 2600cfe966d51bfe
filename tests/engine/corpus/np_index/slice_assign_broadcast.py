import numpy as np
z = np.zeros((3, 5))
z[:, 1] = 1
z[0] = np.arange(5)
z[1:, 3:] = [[7, 8], [9, 10]]
z[2, :2] = -1.5
print(z)
u = np.zeros((4, 9))
x = np.array([[1.0, 2.0, 3.0, 4.0]])
u[:, 3] = x
u[:, 4] = x.ravel() * 2
u[:, 5] = np.dot(np.ones((1, 2)), np.ones((2, 4)))
print(u[:, 3:6])
y = np.zeros((1, 8))
y[:, 2] = np.array([[0.75]])
print(y)
