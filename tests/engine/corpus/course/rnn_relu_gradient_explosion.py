# Day 3 exercise: the binary-addition RNN with ReLU in the hidden layer explodes to inf/nan
import numpy as np
from common import functions

np.random.seed(0)
binary_dim = 8
binary = np.unpackbits(np.array([range(2 ** binary_dim)], dtype=np.uint8).T, axis=1)
H = 16
learning_rate = 0.1
W_in = np.random.randn(2, H)
W_out = np.random.randn(H, 1)
W = np.random.randn(H, H)
u = np.zeros((H, binary_dim + 1))
z = np.zeros((H, binary_dim + 1))
y = np.zeros((1, binary_dim))
delta_out = np.zeros((1, binary_dim))
delta = np.zeros((H, binary_dim + 1))
for i in range(120):
    a_int = np.random.randint(128)
    b_int = np.random.randint(128)
    a_bin, b_bin, d_bin = binary[a_int], binary[b_int], binary[a_int + b_int]
    all_loss = 0
    for t in range(binary_dim):
        X = np.array([a_bin[-t - 1], b_bin[-t - 1]]).reshape(1, -1)
        dd = np.array([d_bin[binary_dim - t - 1]])
        u[:, t + 1] = np.dot(X, W_in) + np.dot(z[:, t].reshape(1, -1), W)
        z[:, t + 1] = functions.relu(u[:, t + 1])
        y[:, t] = functions.sigmoid(np.dot(z[:, t + 1].reshape(1, -1), W_out))
        all_loss += functions.mean_squared_error(dd, y[:, t])
        delta_out[:, t] = functions.d_mean_squared_error(dd, y[:, t]) * functions.d_sigmoid(y[:, t])
    W_in_grad = np.zeros_like(W_in)
    W_out_grad = np.zeros_like(W_out)
    W_grad = np.zeros_like(W)
    for t in range(binary_dim)[::-1]:
        X = np.array([a_bin[-t - 1], b_bin[-t - 1]]).reshape(1, -1)
        delta[:, t] = (np.dot(delta[:, t + 1].T, W.T) + np.dot(delta_out[:, t].T, W_out.T)) * functions.d_relu(u[:, t + 1])
        W_out_grad += np.dot(z[:, t + 1].reshape(-1, 1), delta_out[:, t].reshape(-1, 1))
        W_grad += np.dot(z[:, t].reshape(-1, 1), delta[:, t].reshape(1, -1))
        W_in_grad += np.dot(X.T, delta[:, t].reshape(1, -1))
    W_in -= learning_rate * W_in_grad
    W_out -= learning_rate * W_out_grad
    W -= learning_rate * W_grad
    if i % 10 == 0:
        print(i, "loss:", all_loss, "max|W|:", np.abs(W).max(), "finite:", bool(np.isfinite(W).all()))
print(W_out[:3].T)
print(np.isnan(W).sum(), np.isinf(W).sum())
