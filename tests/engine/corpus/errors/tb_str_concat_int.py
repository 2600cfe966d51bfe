# corpus: traceback
import numpy as np
loss = np.float64(0.25)
epoch = 3
print("epoch " + str(epoch) + " loss " + str(loss))
print("epoch " + epoch)
