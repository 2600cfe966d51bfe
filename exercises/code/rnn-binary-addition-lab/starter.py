import numpy as np
import matplotlib.pyplot as plt

# ---- activations and their derivatives (x is the pre-activation u): fill in the ____ ----
def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def d_sigmoid(x):
    return ____

def relu(x):
    return np.maximum(0, x)

def d_relu(x):
    return ____

def tanh(x):
    return np.tanh(x)

def d_tanh(x):
    return ____

# ---- experiment settings: change these ----
np.random.seed(0)
binary_dim = 8
largest_number = 2 ** binary_dim
binary = np.array([[(n >> (binary_dim - 1 - k)) & 1 for k in range(binary_dim)] for n in range(largest_number)])

input_layer_size = 2
hidden_layer_size = 16
output_layer_size = 1

weight_init_std = 1
learning_rate = 0.1
iters_num = 1000
plot_interval = 100
init = "xavier"          # "normal", "xavier" or "he"
activation, d_activation = tanh, d_tanh   # try (sigmoid, d_sigmoid) or (relu, d_relu)

def init_weight(n_in, n_out):
    if init == "xavier":
        return np.random.randn(n_in, n_out) / np.sqrt(n_in)
    if init == "he":
        return np.random.randn(n_in, n_out) / np.sqrt(n_in) * np.sqrt(2)
    return weight_init_std * np.random.randn(n_in, n_out)

W_in = init_weight(input_layer_size, hidden_layer_size)
W_out = init_weight(hidden_layer_size, output_layer_size)
W = init_weight(hidden_layer_size, hidden_layer_size)

all_losses = []
all_loss = 0
for i in range(iters_num):
    a_int = np.random.randint(largest_number // 2)
    b_int = np.random.randint(largest_number // 2)
    a_bin = binary[a_int]
    b_bin = binary[b_int]
    d_bin = binary[a_int + b_int]

    u = np.zeros((binary_dim + 1, hidden_layer_size))
    z = np.zeros((binary_dim + 1, hidden_layer_size))
    y = np.zeros(binary_dim)
    delta_out = np.zeros(binary_dim)
    delta = np.zeros((binary_dim + 1, hidden_layer_size))

    # forward: from the lowest bit to the highest
    for t in range(binary_dim):
        X = np.array([a_bin[-t - 1], b_bin[-t - 1]])
        dd = d_bin[binary_dim - t - 1]
        u[t + 1] = X.dot(W_in) + z[t].dot(W)
        z[t + 1] = activation(u[t + 1])
        y[t] = sigmoid(z[t + 1].dot(W_out))[0]
        all_loss += (y[t] - dd) ** 2 / 2
        delta_out[t] = (y[t] - dd) * d_sigmoid(z[t + 1].dot(W_out))[0]

    # backward through time
    W_in_grad = np.zeros_like(W_in)
    W_out_grad = np.zeros_like(W_out)
    W_grad = np.zeros_like(W)
    for t in range(binary_dim - 1, -1, -1):
        X = np.array([a_bin[-t - 1], b_bin[-t - 1]])
        delta[t] = (delta[t + 1].dot(W.T) + delta_out[t] * W_out[:, 0]) * d_activation(u[t + 1])
        W_out_grad += np.outer(z[t + 1], delta_out[t])
        W_grad += np.outer(z[t], delta[t])
        W_in_grad += np.outer(X, delta[t])

    W_in -= learning_rate * W_in_grad
    W_out -= learning_rate * W_out_grad
    W -= learning_rate * W_grad

    if i % plot_interval == plot_interval - 1:
        all_losses.append(all_loss / plot_interval)
        all_loss = 0

plt.plot(np.arange(len(all_losses)) * plot_interval, all_losses, label="loss")
plt.xlabel("iteration")
plt.ylabel("loss")
plt.show()
