import numpy as np
a = np.array([1.0, 2.0, 3.0])
print(np.dot(2, a), np.dot(a, 2), np.dot(3, 4), repr(np.dot(3, 4)))
r = a.reshape(1, 3)
c = a.reshape(3, 1)
print(np.dot(r, c), np.dot(c, r), np.dot(r, a), np.dot(a, c), np.dot(r, c).shape)
h = np.zeros((1, 4))
Wh = np.ones((4, 4)) * 0.5
print(np.dot(h + 1, Wh))
