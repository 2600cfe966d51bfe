# corpus: traceback
import numpy as np
x = np.zeros((2, 3))
print(x.shape[0], x.shape[1])
print(x.shape[2])
