# corpus: traceback
import numpy as np
img = np.arange(28 * 28)
print(img.reshape(28, 28).shape)
batch = img.reshape(-1, 1, 28, 27)
