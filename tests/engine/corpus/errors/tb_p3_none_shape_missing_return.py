# corpus: traceback
import numpy as np

def normalize(x):
    x = (x - x.mean()) / x.std()

x = normalize(np.arange(4.0))
print(x)
print(x.shape)
