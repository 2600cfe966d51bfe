class Affine:
    """Fully connected layer: out = x W + b for a mini-batch x of shape (N, D)."""

    def __init__(self, W, b):
        self.W = W          # (D, H)
        self.b = b          # (H,)
        self.x = None       # input kept for the backward pass
        self.dW = None
        self.db = None

    def forward(self, x):
        self.x = x
        out = ____
        return out

    def backward(self, dout):
        dx = ____
        self.dW = ____
        self.db = ____
        return dx


layer = Affine(W, b)
out = layer.forward(x)
dx = layer.backward(dout)
dW, db = layer.dW, layer.db
