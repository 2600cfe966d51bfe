import numpy as np
x = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
W = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
b = np.array([0.01, 0.02, 0.03])
y = np.dot(x, W) + b
print(y)
dout = np.ones_like(y)
print(np.dot(dout, W.T), np.dot(x.T, dout), np.sum(dout, axis=0))
