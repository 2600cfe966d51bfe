import numpy as np


# activation functions (hidden layers)
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    return np.maximum(0, x)


def step_function(x):
    return np.where(x > 0, 1, 0)


# output layer
def softmax(x):
    if x.ndim == 2:
        x = x.T
        x = x - np.max(x, axis=0)
        y = np.exp(x) / np.sum(np.exp(x), axis=0)
        return y.T
    x = x - np.max(x)
    return np.exp(x) / np.sum(np.exp(x))


def softmax_with_loss(d, x):
    y = softmax(x)
    return cross_entropy_error(d, y)


# loss functions
def mean_squared_error(d, y):
    return np.mean(np.square(d - y)) / 2


def cross_entropy_error(d, y):
    if y.ndim == 1:
        d = d.reshape(1, d.size)
        y = y.reshape(1, y.size)
    # one-hot targets -> label indices
    if d.size == y.size:
        d = d.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), d] + 1e-7)) / batch_size


# derivatives
def d_sigmoid(x):
    dx = (1.0 - sigmoid(x)) * sigmoid(x)
    return dx


def d_relu(x):
    return np.where(x > 0, 1, 0)


def d_step_function(x):
    return 0


def d_mean_squared_error(d, y):
    if type(d) == np.ndarray:
        batch_size = d.shape[0]
        dx = (y - d) / batch_size
    else:
        dx = y - d
    return dx


def d_softmax_with_loss(d, y):
    batch_size = d.shape[0]
    if d.size == y.size:
        dx = (y - d) / batch_size
    else:
        dx = y.copy()
        dx[np.arange(batch_size), d] -= 1
        dx = dx / batch_size
    return dx


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x.flat[idx]
        x.flat[idx] = tmp_val + h
        fxh1 = f(x)
        x.flat[idx] = tmp_val - h
        fxh2 = f(x)
        grad.flat[idx] = (fxh1 - fxh2) / (2 * h)
        x.flat[idx] = tmp_val
    return grad
