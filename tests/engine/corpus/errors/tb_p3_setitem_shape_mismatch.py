# corpus: traceback
import numpy as np

N, T, H = 2, 3, 4
hs = np.zeros((N, T, H))
h = np.ones((N, H))
hs[:, 0, :] = h
hs[:, 1] = h.T
