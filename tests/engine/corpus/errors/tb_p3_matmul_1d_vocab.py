# corpus: traceback
import numpy as np

V, H = 7, 4
h = np.ones(H)
W_out = np.ones((V, H))
scores = h @ W_out.T
print(scores.shape)
scores = h @ W_out
