import numpy as np
x = [1.0, 2.0, 3.0]
print(np.array(x).shape)
print(x.shape)
