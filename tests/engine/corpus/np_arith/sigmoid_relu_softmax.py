import numpy as np
def sigmoid(x):
    return 1 / (1 + np.exp(-x))
def relu(x):
    return np.maximum(0, x)
def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)
x = np.array([[-1.0, 0.0, 1.0], [2.0, 3.0, -4.0]])
print(sigmoid(x))
print(relu(x))
print(softmax(x))
print(softmax(x).sum(axis=1))
print(sigmoid(0), sigmoid(np.array(0.0)), softmax(np.array([1000.0, 1000.0])))
def step(x):
    return np.array(x > 0, dtype=int)
print(step(x))
