import numpy as np
print(np.zeros(1).shape)
