# corpus: traceback
import numpy as np

def clip(grad, max_norm=1.0):
    norm = np.sqrt(grad ** 2)
    if norm > max_norm:
        grad = grad * max_norm / norm
    return grad

print(clip(np.array(3.0)))
print(clip(np.array([3.0, 4.0])))
