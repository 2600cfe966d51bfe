# corpus: traceback
import numpy as np
x = np.array([1.0, 2.0])
shape = x.shape
print(shape)
print(x.shape())
