# corpus: traceback
import numpy as np

class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr
    def update(self, params, grads):
        for k in params:
            params[k] -= self.lr * grads[k]

opt = SGD()
p = {"W": np.ones(2)}
opt.update(p, {"W": np.ones(2)})
print(p)
opt.update(p)
