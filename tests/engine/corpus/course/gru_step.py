# Day 3 exercise: one GRU step
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def gru(x, h, W_r, U_r, W_z, U_z, W, U):
    r = sigmoid(x.dot(W_r.T) + h.dot(U_r.T))
    z = sigmoid(x.dot(W_z.T) + h.dot(U_z.T))
    h_bar = np.tanh(x.dot(W.T) + (r * h).dot(U.T))
    h_new = (1 - z) * h + z * h_bar
    return h_new

np.random.seed(5)
D, H = 3, 4
params = [np.random.randn(H, D) * 0.3 if k % 2 == 0 else np.random.randn(H, H) * 0.3 for k in range(6)]
xs = np.random.randn(5, D)
h = np.zeros(H)
for t, x in enumerate(xs):
    h = gru(x, h, *params)
    print(t, h)
