# corpus: traceback
import numpy as np

def relu(x):
    np.maximum(0, x)

h = relu(np.array([-1.0, 2.0]))
print(h)
out = h * 2
