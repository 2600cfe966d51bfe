# corpus: traceback
import numpy as np

N, T, H = 4, 3, 5
hs = np.arange(N * T * H, dtype=float).reshape(N, T, H)
flat = hs.reshape(N * T, H)
print(flat.shape)
back = flat.reshape(N, H, T + 1)
