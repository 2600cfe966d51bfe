import numpy as np

def softmax(x):
    x = x - x.max(axis=1, keepdims=True)
    return np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)

print(softmax(np.array([[1.0, 2.0]])))
print(softmax(np.array([1.0, 2.0])))
