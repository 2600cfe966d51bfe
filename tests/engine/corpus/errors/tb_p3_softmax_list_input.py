# corpus: traceback
import numpy as np

def softmax(x):
    x = x - x.max()
    return np.exp(x) / np.exp(x).sum()

print(softmax(np.array([1.0, 2.0])))
print(softmax([1.0, 2.0]))
