import numpy as np
from common.functions import softmax, cross_entropy_error, d_softmax_with_loss

np.random.seed(3)
x = np.random.randn(4, 5) * 3
t_label = np.array([1, 4, 0, 2])
t_onehot = np.eye(5)[t_label]
y = softmax(x)
print(y.sum(axis=1))
print(cross_entropy_error(t_label, y), cross_entropy_error(t_onehot, y))
print(d_softmax_with_loss(t_onehot, y))
print(np.allclose(d_softmax_with_loss(t_onehot, y), d_softmax_with_loss(t_label, y)))
big = np.array([[1000.0, 1001.0, 1002.0]])
print(softmax(big), softmax(np.array([1000.0, 1001.0, 1002.0])))
