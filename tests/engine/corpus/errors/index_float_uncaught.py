import numpy as np
a = np.arange(10)
half = len(a) / 2
print(a[half])
