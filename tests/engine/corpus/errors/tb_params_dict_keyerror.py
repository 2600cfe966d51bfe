# corpus: traceback
import numpy as np
params = {"W1": np.zeros((2, 2)), "b1": np.zeros(2)}
grads = {"W1": np.ones((2, 2)), "b1": np.ones(2)}
for key in ("W1", "b1", "W2"):
    print("update", key)
    params[key] -= 0.1 * grads[key]
