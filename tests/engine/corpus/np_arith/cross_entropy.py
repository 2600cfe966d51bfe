import numpy as np
def cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size
y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
print(cross_entropy_error(y, t))
Y = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
print(cross_entropy_error(Y, np.array([0, 2])), cross_entropy_error(Y, np.array([[0, 1, 0], [1, 0, 0]])))
print(0.5 * np.sum((y - t) ** 2))
