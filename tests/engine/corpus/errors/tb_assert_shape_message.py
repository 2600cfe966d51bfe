# corpus: traceback
import numpy as np

def affine(x, W, b):
    assert x.shape[1] == W.shape[0], f"shape mismatch: {x.shape} @ {W.shape}"
    return x @ W + b

print(affine(np.ones((2, 3)), np.ones((3, 4)), 0).shape)
print(affine(np.ones((2, 3)), np.ones((4, 4)), 0).shape)
