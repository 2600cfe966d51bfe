# Day 1: cross-entropy with label indices y[np.arange(batch), t]; what a learner sees when t has the wrong length,
# and np.broadcast_to's errors (bias broadcast by hand)
import numpy as np


def cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


y = np.array([[0.1, 0.6, 0.3], [0.8, 0.1, 0.1], [0.2, 0.2, 0.6]])
print(f"{cross_entropy_error(y, np.array([1, 0, 2])):.6f}")
print(f"{cross_entropy_error(y, np.eye(3)[[1, 0, 2]]):.6f}")
for t in (np.array([1, 0, 2, 1]), np.array([[1, 0], [2, 1]])):
    try:
        cross_entropy_error(y, t)
    except IndexError as e:
        print("IndexError:", e)
try:
    y[[0, 1], [0, 1, 2]] = 0
except IndexError as e:
    print("IndexError:", e)

b = np.array([0.5, -0.5, 0.0])
print(np.broadcast_to(b, (2, 3)))
for a, shape in ((b, (2, 4)), (b, (3, 2)), (np.ones((2, 3)), (2,)), (b, (-1, 3))):
    try:
        np.broadcast_to(a, shape)
    except ValueError as e:
        print("ValueError:", e)
