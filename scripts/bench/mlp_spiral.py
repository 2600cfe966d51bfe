# "Deep Learning from Scratch" style two-layer net (Affine - Sigmoid - Affine - SoftmaxWithLoss) on the spiral
# dataset (300 samples, 3 classes), full-batch SGD. Deterministic; prints a checksum.
import numpy as np
from common.layers import Affine, Sigmoid, SoftmaxWithLoss

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
