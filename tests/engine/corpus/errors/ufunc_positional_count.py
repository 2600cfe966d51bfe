# a binary ufunc called with one operand: "1 was given"
import numpy as np

for f in [lambda: np.maximum(1), lambda: np.matmul(np.ones(2)), lambda: np.add(), lambda: np.exp(), lambda: np.arctan2(1.0),
          lambda: np.power(2), lambda: np.minimum(np.ones(2)), lambda: np.greater(1), lambda: np.exp(1, 2, 3)]:
    try:
        f()
    except TypeError as e:
        print(e)
