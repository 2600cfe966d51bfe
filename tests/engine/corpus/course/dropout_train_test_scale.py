import numpy as np

class Dropout:
    def __init__(self, ratio=0.5):
        self.ratio = ratio
        self.mask = None
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.rand(*x.shape) > self.ratio
            return x * self.mask
        return x * (1.0 - self.ratio)
    def backward(self, dout):
        return dout * self.mask

np.random.seed(2)
d = Dropout(0.3)
x = np.ones((4, 5))
y = d.forward(x)
print(y)
print("kept:", d.mask.sum(), "of", d.mask.size, f"({d.mask.mean():.2f})")
print(d.forward(x, train_flg=False))
print(d.backward(np.full((4, 5), 2.0)))
big = np.ones((1000, 100))
print(f"{d.forward(big).mean():.4f} vs {d.forward(big, False).mean():.4f}")
keep = 0.8
m = (np.random.rand(3, 4) < keep) / keep
print(m)
print(m.dtype)
