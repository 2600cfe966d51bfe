class Layer:
    def __init__(self, name):
        self.name = name
        self.params = []
        self.grads = []

    def forward(self, x):
        raise NotImplementedError

class Scale(Layer):
    def __init__(self, k):
        super().__init__("scale")
        self.params = [k]
        self.grads = [0]
        self.x = None

    def forward(self, x):
        self.x = x
        k, = self.params
        return [k * v for v in x]

    def backward(self, dout):
        k, = self.params
        self.grads[0] = sum(d * v for d, v in zip(dout, self.x))
        return [k * d for d in dout]

layers = [Scale(2), Scale(3)]
x = [1, 2, 3]
for l in layers:
    x = l.forward(x)
print(x)
d = [1, 1, 1]
for l in reversed(layers):
    d = l.backward(d)
print(d, [l.grads for l in layers])
try:
    Layer("base").forward(1)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
