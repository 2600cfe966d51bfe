import numpy as np

class Dropout:
    def __init__(self, dropout_ratio=0.5):
        self.dropout_ratio = dropout_ratio
        self.mask = None
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.rand(*x.shape) > self.dropout_ratio
            return x * self.mask
        else:
            return x * (1.0 - self.dropout_ratio)
    def backward(self, dout):
        return dout * self.mask

class InvertedDropout(Dropout):
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = (np.random.rand(*x.shape) >= self.dropout_ratio) / (1.0 - self.dropout_ratio)
            return x * self.mask
        return x

np.random.seed(2024)
x = np.arange(1, 13, dtype=np.float32).reshape(3, 4)
d = Dropout(0.3)
y = d.forward(x)
print(y)
print(y.dtype, d.mask.dtype, d.mask.sum(), d.mask.mean())
print(d.backward(np.ones_like(x)))
print(d.forward(x, train_flg=False))
inv = InvertedDropout(0.25)
y2 = inv.forward(x)
print(y2, y2.dtype)
print(inv.mask.dtype, np.unique(inv.mask))
ratios = []
for r in [0.1, 0.5, 0.9]:
    np.random.seed(0)
    m = np.random.rand(1000) > r
    ratios.append(m.mean())
print(ratios)
print([f"{v:.3f}" for v in ratios])
