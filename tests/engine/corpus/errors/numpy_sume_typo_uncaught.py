# np.sume: AttributeError with "Did you mean" (no traceback recording: CPython's shows NumPy's __getattr__ frame on the host)
import numpy as np
x = np.arange(3)
print(np.sume(x))
