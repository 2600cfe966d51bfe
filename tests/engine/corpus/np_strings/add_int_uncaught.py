import numpy as np
labels = np.array(['cat', 'dog'])
print(labels + 1)
