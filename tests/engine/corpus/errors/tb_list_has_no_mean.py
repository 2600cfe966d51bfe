# corpus: traceback
import numpy as np
losses = [0.9, 0.5, 0.3]
print(np.mean(losses))
print(losses.mean())
