# "Deep Learning from Scratch" style two-layer net (Affine - Sigmoid - Affine - SoftmaxWithLoss) on the spiral
# dataset (300 samples, 3 classes), full-batch SGD. Deterministic; prints a checksum.
import numpy as np

np.random.seed(1984)
N, K = 100, 3
x = np.zeros((N * K, 2))
t = np.zeros((N * K, K))
for j in range(K):
    for i in range(N):
        rate = i / N
        radius = 1.0 * rate
        theta = j * 4.0 + 4.0 * rate + np.random.randn() * 0.2
        ix = N * j + i
        x[ix] = np.array([radius * np.sin(theta), radius * np.cos(theta)]).flatten()
        t[ix, j] = 1


class Affine:
    def __init__(self, W, b):
        self.params = [W, b]
        self.grads = [np.zeros_like(W), np.zeros_like(b)]
        self.x = None

    def forward(self, x):
        W, b = self.params
        self.x = x
        return np.dot(x, W) + b

    def backward(self, dout):
        W, b = self.params
        dx = np.dot(dout, W.T)
        self.grads[0][...] = np.dot(self.x.T, dout)
        self.grads[1][...] = np.sum(dout, axis=0)
        return dx


class Sigmoid:
    def __init__(self):
        self.params, self.grads = [], []
        self.out = None

    def forward(self, x):
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout):
        return dout * (1.0 - self.out) * self.out


def softmax(x):
    x = x - x.max(axis=1, keepdims=True)
    x = np.exp(x)
    return x / x.sum(axis=1, keepdims=True)


class SoftmaxWithLoss:
    def forward(self, x, t):
        self.t = t
        self.y = softmax(x)
        label = t.argmax(axis=1)
        self.label = label
        n = t.shape[0]
        return -np.sum(np.log(self.y[np.arange(n), label] + 1e-7)) / n

    def backward(self, dout=1):
        n = self.t.shape[0]
        dx = self.y.copy()
        dx[np.arange(n), self.label] -= 1
        return dx * dout / n


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size):
        I, H, O = input_size, hidden_size, output_size
        W1 = 0.01 * np.random.randn(I, H)
        b1 = np.zeros(H)
        W2 = 0.01 * np.random.randn(H, O)
        b2 = np.zeros(O)
        self.layers = [Affine(W1, b1), Sigmoid(), Affine(W2, b2)]
        self.loss_layer = SoftmaxWithLoss()
        self.params, self.grads = [], []
        for layer in self.layers:
            self.params += layer.params
            self.grads += layer.grads

    def predict(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def forward(self, x, t):
        score = self.predict(x)
        return self.loss_layer.forward(score, t)

    def backward(self, dout=1):
        dout = self.loss_layer.backward(dout)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        return dout


model = TwoLayerNet(2, HIDDEN, 3)
lr = 1.0
losses = []
for it in range(ITERS):
    loss = model.forward(x, t)
    model.backward()
    for p, g in zip(model.params, model.grads):
        p -= lr * g
    if it % 100 == 0:
        losses.append(loss)

acc = np.mean(model.predict(x).argmax(axis=1) == t.argmax(axis=1))
print("loss", losses[0], loss)
print("checksum", sum(float(np.sum(p)) for p in model.params), acc)
