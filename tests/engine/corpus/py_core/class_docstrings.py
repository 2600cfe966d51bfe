class Layer:
    """An affine layer."""
    def forward(self, x):
        "Forward pass."
        return x

class Relu(Layer):
    pass

class Sigmoid(Layer):
    """A sigmoid."""

print(Layer.__doc__, Relu.__doc__, Sigmoid.__doc__, Layer.forward.__doc__, Relu().forward.__doc__)
print(Layer().__doc__, type(Relu()).__doc__)
