# corpus: traceback
import numpy as np
a = np.array([[1, 2], [3, 4]])
print(a.shape)
print(a.T.reshape(4))
print(a.transpoze())
