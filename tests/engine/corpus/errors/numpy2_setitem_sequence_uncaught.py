import numpy as np
a = np.zeros(3)
i = 1
a[i] = np.array([[1, 2]])
