import numpy as np
from common import functions as F

x = np.array([[-1.0, 0.0, 2.0], [0.5, -0.5, 1.0]])
print(F.sigmoid(x))
print(F.relu(x), F.step_function(x), F.d_relu(x))
print(F.softmax(x))
print(F.softmax(np.array([1.0, 2.0, 3.0])))
d = np.array([[0, 0, 1], [1, 0, 0]])
y = F.softmax(x)
print(F.cross_entropy_error(d, y), F.softmax_with_loss(d, x))
print(F.d_softmax_with_loss(d, y))
print(F.d_softmax_with_loss(np.array([2, 0]), y))
print(F.mean_squared_error(np.array([1.0, 0.0]), np.array([0.8, 0.3])))
print(F.d_mean_squared_error(np.array([1.0, 0.0]), np.array([0.8, 0.3])), F.d_mean_squared_error(1.0, 0.8))
print(F.d_sigmoid(np.array([0.0, 2.0])), F.d_step_function(x))
g = F.numerical_gradient(lambda w: np.sum(w ** 2), np.array([[1.0, 2.0], [3.0, -4.0]]))
print(g)
