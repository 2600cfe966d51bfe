# corpus: traceback
import numpy as np
x = np.arange(10)
mid = len(x) / 2
print(mid)
print(x[mid])
