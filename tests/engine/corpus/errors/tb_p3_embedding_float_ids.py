# corpus: traceback
import numpy as np

W = np.random.default_rng(0).normal(size=(5, 2))
ids = np.array([0, 3, 4]) / 1
print(ids)
print(W[ids])
