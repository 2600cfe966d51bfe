# corpus: traceback
import numpy as np
loss = np.array([0.5])
print(f"{loss[0]:.3f}")
print(f"{loss:.3f}")
