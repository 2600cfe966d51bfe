# corpus: traceback
import numpy as np

xs = np.zeros((2, 5, 3))
N, T, D = xs.shape
hs = np.empty((N, T, 4))
for t in range(T + 1):
    hs[:, t, :] = np.tanh(xs[:, t, :] @ np.ones((3, 4)))
