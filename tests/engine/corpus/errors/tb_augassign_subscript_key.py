# corpus: traceback
# an SGD update over a params dict that lacks a key: the failing read of params[key] is underlined (~~~~~~^^^^^)
import numpy as np

params = {"W1": np.ones(2), "b1": np.zeros(2)}
grads = {"W1": np.ones(2), "b1": np.ones(2), "W2": np.ones(2)}
for key in grads:
    params[key] -= 0.1 * grads[key]
    print(key, params[key])
