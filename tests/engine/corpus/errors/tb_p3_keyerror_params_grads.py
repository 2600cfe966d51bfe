# corpus: traceback
import numpy as np

params = {"W1": np.ones(2), "b1": np.zeros(2), "W2": np.ones(2)}
grads = {"W1": np.ones(2), "b1": np.ones(2)}
for key in params:
    params[key] -= 0.1 * grads[key]
    print(key, params[key])
