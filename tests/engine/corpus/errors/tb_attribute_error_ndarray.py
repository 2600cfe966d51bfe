# corpus: traceback
import numpy as np

x = np.arange(6)
print(x.shape)
y = x.resahpe(2, 3)
