import numpy as np

class Dropout:
    def __init__(self, dropout_ratio=0.5):
        self.dropout_ratio = dropout_ratio
        self.mask = None
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.rand(*x.shape) > self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)
    def backward(self, dout):
        return dout * self.mask

np.random.seed(1)
d = Dropout(0.3)
x = np.arange(12, dtype=float).reshape(3, 4)
print(d.forward(x))
print(d.backward(np.ones_like(x)))
print(d.forward(x, train_flg=False))
print(d.mask.sum(), d.mask.dtype)
