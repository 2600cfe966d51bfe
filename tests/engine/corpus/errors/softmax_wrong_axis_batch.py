import numpy as np

def softmax_wrong(x):
    x = x - np.max(x)
    return np.exp(x) / np.sum(np.exp(x))

def softmax_axis0(x):
    e = np.exp(x - x.max(axis=0))
    return e / e.sum(axis=0)

def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

x = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
for f in (softmax_wrong, softmax_axis0, softmax):
    y = f(x)
    print(f.__name__, np.round(y, 4).tolist(), "row sums:", np.round(y.sum(axis=1), 4))
try:
    e = np.exp(x)
    print(e / e.sum(axis=1))
except ValueError as err:
    print("ValueError:", err)
x3 = np.zeros((2, 3, 4))
try:
    x3 - x3.max(axis=2)
except ValueError as err:
    print("ValueError:", err)
print((x3 - x3.max(axis=2, keepdims=True)).shape)
try:
    x.sum(axis=2)
except np.exceptions.AxisError as err:
    print(type(err).__name__, err)
