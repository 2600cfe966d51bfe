# np.max(axis=1) of a 1-D array: AxisError (no traceback recording: NumPy's own frames name the host's site-packages)
import numpy as np

def softmax(x):
    x = x - np.max(x, axis=1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True)

print(softmax(np.array([[1.0, 2.0, 3.0]])))
print(softmax(np.array([1.0, 2.0, 3.0])))
