# corpus: traceback
import numpy as np
x = np.zeros((2, 3, 4))
N, C, H = x.shape
print(N, C, H)
N, C, H, W = x.shape
