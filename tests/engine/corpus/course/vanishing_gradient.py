# Why gradients vanish: repeated multiplication by sigmoid'(u) and W
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def d_sigmoid(x):
    return sigmoid(x) * (1 - sigmoid(x))

print(d_sigmoid(0.0), d_sigmoid(np.array([-5.0, 0.0, 5.0])))
g = 1.0
for layer in range(10):
    g *= d_sigmoid(0.0)
    if layer % 3 == 0:
        print(layer, g)
np.random.seed(12)
W = np.random.randn(4, 4) * 0.5
delta = np.ones(4)
norms = []
for t in range(20):
    delta = delta.dot(W.T) * d_sigmoid(np.zeros(4))
    norms.append(np.linalg.norm(delta))
print(np.array(norms[::4]))
W_big = np.random.randn(4, 4) * 3
delta = np.ones(4)
for t in range(10):
    delta = delta.dot(W_big.T)
print(np.linalg.norm(delta))
