# RNN cell (Deep Learning from Scratch 2 style) with a numerical gradient check
import numpy as np
from common.time_layers import RNN

np.random.seed(0)
N, D, H = 2, 3, 4
Wx = np.random.randn(D, H)
Wh = np.random.randn(H, H)
b = np.zeros(H)
layer = RNN(Wx, Wh, b)
x = np.random.randn(N, D)
h_prev = np.random.randn(N, H)
h_next = layer.forward(x, h_prev)
print(h_next)
dh = np.ones_like(h_next)
dx, dh_prev = layer.backward(dh)
print(dx)
print(dh_prev)
print(layer.grads[0])
print(layer.grads[2])

def loss_of_Wx(W):
    return np.sum(np.tanh(np.dot(h_prev, Wh) + np.dot(x, W) + b))

eps = 1e-5
num = np.zeros_like(Wx)
for i in range(D):
    for j in range(H):
        Wp = Wx.copy(); Wp[i, j] += eps
        Wm = Wx.copy(); Wm[i, j] -= eps
        num[i, j] = (loss_of_Wx(Wp) - loss_of_Wx(Wm)) / (2 * eps)
print(np.abs(num - layer.grads[0]).max() < 1e-8)
