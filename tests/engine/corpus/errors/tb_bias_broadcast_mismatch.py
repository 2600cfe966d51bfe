# corpus: traceback
import numpy as np
x = np.arange(6.0).reshape(2, 3)
b = np.array([1.0, 2.0])
print(x.shape, b.shape)
out = x + b
