# Deep Learning from Scratch 1 style two-layer net trained by backprop on synthetic data
import numpy as np
from common.functions import sigmoid, softmax, cross_entropy_error

class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {}
        self.params["W1"] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params["b1"] = np.zeros(hidden_size)
        self.params["W2"] = weight_init_std * np.random.randn(hidden_size, output_size)
        self.params["b2"] = np.zeros(output_size)

    def predict(self, x):
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        return softmax(a2)

    def loss(self, x, t):
        return cross_entropy_error(t, self.predict(x))

    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        t = np.argmax(t, axis=1)
        return np.sum(y == t) / float(x.shape[0])

    def gradient(self, x, t):
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        grads = {}
        batch_num = x.shape[0]
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        y = softmax(a2)
        dy = (y - t) / batch_num
        grads["W2"] = np.dot(z1.T, dy)
        grads["b2"] = np.sum(dy, axis=0)
        da1 = np.dot(dy, W2.T)
        dz1 = (1.0 - sigmoid(a1)) * sigmoid(a1) * da1
        grads["W1"] = np.dot(x.T, dz1)
        grads["b1"] = np.sum(dz1, axis=0)
        return grads

np.random.seed(0)
N = 60
x = np.random.randn(N, 2)
labels = (x[:, 0] * x[:, 1] > 0).astype(int)
t = np.eye(2)[labels]
net = TwoLayerNet(2, 10, 2, weight_init_std=1.0)
lr = 0.5
for i in range(300):
    idx = np.random.choice(N, 20)
    g = net.gradient(x[idx], t[idx])
    for key in ("W1", "b1", "W2", "b2"):
        net.params[key] -= lr * g[key]
    if i % 50 == 0:
        print(i, net.loss(x, t), net.accuracy(x, t))
print("final", net.loss(x, t), net.accuracy(x, t))
print(net.params["b2"])
