import numpy as np
from common.layers import Affine, Relu, SoftmaxWithLoss, Sigmoid

np.random.seed(4)
x = np.random.randn(4, 3)
t = np.array([0, 2, 1, 2])
layers = [Affine(np.random.randn(3, 5) * 0.1, np.zeros(5)), Relu(), Affine(np.random.randn(5, 3) * 0.1, np.zeros(3))]
loss_layer = SoftmaxWithLoss()

params, grads = [], []
for l in layers:
    params += l.params
    grads += l.grads

for epoch in range(5):
    h = x
    for l in layers:
        h = l.forward(h)
    loss = loss_layer.forward(h, t)
    dout = loss_layer.backward()
    for l in reversed(layers):
        dout = l.backward(dout)
    for p, g in zip(params, grads):
        p -= 1.0 * g
    print(epoch, loss)
print(grads[1])
print(params[3])
s = Sigmoid()
print(s.forward(np.array([-1.0, 0.0, 1.0])), s.backward(np.ones(3)))
