# corpus: traceback
import numpy as np

seq = np.arange(5)
T = seq.shape
for t in range(T):
    print(seq[t])
