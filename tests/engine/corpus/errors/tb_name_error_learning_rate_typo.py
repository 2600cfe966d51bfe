# corpus: traceback
import numpy as np
learning_rate = 0.01
weights = np.zeros(3)
weights -= learning_rte * np.ones(3)
