import numpy as np

class Layer:
    count = 0
    def __init__(self, name=None):
        Layer.count += 1
        self.name = name or f"{type(self).__name__.lower()}{Layer.count}"
        self.params, self.grads = [], []
    def __repr__(self):
        shapes = ", ".join(str(p.shape) for p in self.params)
        return f"{self.__class__.__name__}(name={self.name!r}, params=[{shapes}])"
    def forward(self, x):
        raise NotImplementedError(f"{type(self).__name__}.forward")
    @property
    def n_params(self):
        return sum(p.size for p in self.params)

class Affine(Layer):
    def __init__(self, W, b, name=None):
        super().__init__(name)
        self.params = [W, b]
        self.grads = [np.zeros_like(W), np.zeros_like(b)]
    def forward(self, x):
        W, b = self.params
        return x @ W + b

class Sigmoid(Layer):
    def forward(self, x):
        self.out = 1 / (1 + np.exp(-x))
        return self.out
    def __str__(self):
        return "<sigmoid>"

class Scaled(Affine):
    def __init__(self, W, b, scale=2.0):
        super(Scaled, self).__init__(W, b, name="scaled")
        self.scale = scale
    def forward(self, x):
        return super().forward(x) * self.scale

layers = [Affine(np.ones((2, 3)), np.zeros(3)), Sigmoid(), Scaled(np.eye(3), np.arange(3.0))]
print(layers)
print([str(l) for l in layers])
x = np.array([[1.0, -1.0]])
for layer in layers:
    x = layer.forward(x)
    print(f"{layer.name:>10}: {x}")
print(sum(l.n_params for l in layers), Layer.count)
print(isinstance(layers[2], Affine), issubclass(Scaled, Layer), Scaled.__mro__)
print(Scaled.__bases__, type(layers[0]).__name__)
try:
    Layer().forward(x)
except NotImplementedError as e:
    print("NotImplementedError:", e, repr(e))
try:
    layers[0].n_params = 3
except AttributeError as e:
    print("AttributeError:", e)
print(vars(layers[1]).keys())
print(getattr(layers[1], "missing", "default"), hasattr(layers[2], "scale"))
