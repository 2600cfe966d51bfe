# corpus: traceback
import numpy as np

n_samples = 10
batch = n_samples / 4
for i in range(batch):
    print(i)
