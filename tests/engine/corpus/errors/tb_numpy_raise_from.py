# corpus: traceback
import numpy as np


def layer(x, w):
    try:
        return x @ w
    except ValueError as e:
        raise ValueError(f"layer shapes {x.shape} {w.shape}") from e


layer(np.ones((2, 3)), np.ones((2, 3)))
