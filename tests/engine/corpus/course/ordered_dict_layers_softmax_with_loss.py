import numpy as np
from collections import OrderedDict

class Affine:
    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.original_x_shape = None
        self.dW = None
        self.db = None
    def forward(self, x):
        self.original_x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.x = x
        return np.dot(self.x, self.W) + self.b
    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx.reshape(*self.original_x_shape)

class Relu:
    def __init__(self):
        self.mask = None
    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0
        return out
    def backward(self, dout):
        dout[self.mask] = 0
        return dout

class SoftmaxWithLoss:
    def __init__(self):
        self.loss = None
        self.y = None
        self.t = None
    def forward(self, x, t):
        self.t = t
        x = x - np.max(x, axis=-1, keepdims=True)
        self.y = np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)
        batch = self.y.shape[0]
        if self.t.size == self.y.size:
            self.t = self.t.argmax(axis=1)
        self.loss = -np.sum(np.log(self.y[np.arange(batch), self.t] + 1e-7)) / batch
        return self.loss
    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        dx = self.y.copy()
        dx[np.arange(batch_size), self.t] -= 1
        return dx / batch_size

np.random.seed(42)
layers = OrderedDict()
layers['Affine1'] = Affine(np.random.randn(2, 2, 4).reshape(4, 4) * 0.3, np.zeros(4))
layers['Relu1'] = Relu()
layers['Affine2'] = Affine(np.random.randn(4, 3) * 0.3, np.zeros(3))
last = SoftmaxWithLoss()
x = np.random.randn(5, 2, 2)
t = np.array([0, 2, 1, 1, 0])
for epoch in range(5):
    out = x
    for layer in layers.values():
        out = layer.forward(out)
    loss = last.forward(out, t)
    dout = last.backward()
    for layer in reversed(list(layers.values())):
        dout = layer.backward(dout)
    for name in ('Affine1', 'Affine2'):
        layers[name].W -= 0.5 * layers[name].dW
        layers[name].b -= 0.5 * layers[name].db
    print(f"epoch {epoch}: loss {loss:.5f}  dx shape {dout.shape}")
print(list(layers.keys()))
print(repr(layers['Affine2'].db))
print(np.round(last.y, 3))
print(last.y.sum(axis=1))
