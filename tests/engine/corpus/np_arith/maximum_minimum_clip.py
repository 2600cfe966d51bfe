import numpy as np
a = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
print(np.maximum(a, 0), np.minimum(a, 0), np.maximum(0, a), np.maximum(a, np.array([1, -1, 1, -1, 1])))
print(np.clip(a, -1, 1), np.clip(a, 0, None), np.clip(a, None, 0.2), a.clip(-0.5, 0.5))
i = np.arange(10)
print(np.clip(i, 2, 7), np.clip(i, 2.5, 7), np.clip(i, 2, 7).dtype)
print(np.maximum(np.array([1.0, np.nan]), np.array([np.nan, 0.0])))
