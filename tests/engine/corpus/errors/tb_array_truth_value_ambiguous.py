# corpus: traceback
import numpy as np
loss = np.array([0.5, 0.2])
if loss < 0.3:
    print("converged")
