# Forgets the bias in the forward pass.

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
        out = np.dot(x, self.W)
        return out

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx


layer = Affine(W, b)
out = layer.forward(x)
dx = layer.backward(dout)
dW, db = layer.dW, layer.db
