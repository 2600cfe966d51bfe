# corpus: traceback
class Layer:
    def __init__(self, w):
        self.w = w

    def forward(self, x):
        return self.w * x

    def backward(self, dout):
        return dout @ self.w


layer = Layer([1, 2])
print(layer.forward(2))
dx = layer.backward(3)
