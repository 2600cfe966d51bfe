import numpy as np
a = np.zeros(5)
a[[0, 0, 1]] += 1
print(a)
b = np.zeros(5)
np.add.at(b, [0, 0, 1], 1)
print(b)
W = np.zeros((4, 2))
np.add.at(W, np.array([1, 3, 1]), np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
print(W)
c = np.arange(6)
c[[1, 1]] = [10, 20]
print(c)
dW = np.zeros((5, 3))
idx = np.array([0, 2, 0])
dout = np.ones((3, 3))
for i, word_id in enumerate(idx):
    dW[word_id] += dout[i]
print(dW)
