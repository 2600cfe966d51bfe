import numpy as np
from common.layers import Affine, Relu, SoftmaxWithLoss

np.random.seed(7)
x = np.random.randn(3, 4)
t = np.array([0, 2, 1])
W1, b1 = np.random.randn(4, 5) * 0.5, np.zeros(5)
W2, b2 = np.random.randn(5, 3) * 0.5, np.zeros(3)
layers = [Affine(W1, b1), Relu(), Affine(W2, b2)]
last = SoftmaxWithLoss()
def loss():
    h = x
    for l in layers:
        h = l.forward(h)
    return last.forward(h, t)
L = loss()
d = last.backward()
for l in reversed(layers):
    d = l.backward(d)
h = 1e-5
num = np.zeros_like(W2)
for i in range(W2.shape[0]):
    for j in range(W2.shape[1]):
        old = W2[i, j]
        W2[i, j] = old + h; lp = loss()
        W2[i, j] = old - h; lm = loss()
        W2[i, j] = old
        num[i, j] = (lp - lm) / (2 * h)
print(L)
print(layers[2].grads[0])
print(np.abs(num - layers[2].grads[0]).max() < 1e-7)
