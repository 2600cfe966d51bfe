# corpus: traceback
import numpy as np

losses = np.array([])
losses = np.append(losses, 0.5)
print(losses)
losses.append(0.25)
