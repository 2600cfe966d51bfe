# corpus: traceback
import numpy as np

class Relu:
    def forward(self, x):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out
    def backward(self, dout):
        dout[self.mask] = 0
        return dout

class Net:
    def __init__(self):
        self.layers = [Relu(), Relu()]
    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x
    def backward(self, dout):
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        return dout

net = Net()
y = net.forward(np.array([[-1.0, 2.0, 3.0]]))
print(y)
print(net.backward(np.ones((1, 2))))
