# corpus: traceback
import numpy as np

loss = np.float64(0.6931)
print("loss: " + str(loss))
print("loss: " + loss)
