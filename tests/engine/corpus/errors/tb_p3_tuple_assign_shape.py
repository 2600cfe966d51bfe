# corpus: traceback
import numpy as np

W = np.zeros((3, 4))
print(W.shape)
W.shape[0] = 4
