# The course's 3_1 simple RNN: learning 8-bit binary addition (NumPy 2 valid form).
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def d_sigmoid(x):
    return (1 - sigmoid(x)) * sigmoid(x)

def mean_squared_error(d, y):
    return np.mean(np.square(d - y)) / 2

def d_mean_squared_error(d, y):
    return y - d

np.random.seed(0)
binary_dim = 8
largest_number = pow(2, binary_dim)
binary = np.unpackbits(np.array([range(largest_number)], dtype=np.uint8).T, axis=1)

input_layer_size = 2
hidden_layer_size = 16
output_layer_size = 1
weight_init_std = 1
learning_rate = 0.1
iters_num = ITERS
plot_interval = 100

W_in = weight_init_std * np.random.randn(input_layer_size, hidden_layer_size)
W_out = weight_init_std * np.random.randn(hidden_layer_size, output_layer_size)
W = weight_init_std * np.random.randn(hidden_layer_size, hidden_layer_size)

W_in_grad = np.zeros_like(W_in)
W_out_grad = np.zeros_like(W_out)
W_grad = np.zeros_like(W)

u = np.zeros((hidden_layer_size, binary_dim + 1))
z = np.zeros((hidden_layer_size, binary_dim + 1))
y = np.zeros((output_layer_size, binary_dim))
delta_out = np.zeros((output_layer_size, binary_dim))
delta = np.zeros((hidden_layer_size, binary_dim + 1))

all_losses = []
for i in range(iters_num):
    a_int = np.random.randint(largest_number / 2)
    a_bin = binary[a_int]
    b_int = np.random.randint(largest_number / 2)
    b_bin = binary[b_int]
    d_int = a_int + b_int
    d_bin = binary[d_int]
    out_bin = np.zeros_like(d_bin)
    all_loss = 0

    for t in range(binary_dim):
        X = np.array([a_bin[-t - 1], b_bin[-t - 1]]).reshape(1, -1)
        dd = np.array([d_bin[binary_dim - t - 1]])
        u[:, t + 1] = np.dot(X, W_in) + np.dot(z[:, t].reshape(1, -1), W)
        z[:, t + 1] = sigmoid(u[:, t + 1])
        y[:, t] = sigmoid(np.dot(z[:, t + 1].reshape(1, -1), W_out))
        loss = mean_squared_error(dd, y[:, t])
        delta_out[:, t] = d_mean_squared_error(dd, y[:, t]) * d_sigmoid(y[:, t])
        all_loss += loss
        out_bin[binary_dim - t - 1] = np.round(y[:, t]).item()

    for t in range(binary_dim)[::-1]:
        X = np.array([a_bin[-t - 1], b_bin[-t - 1]]).reshape(1, -1)
        delta[:, t] = (np.dot(delta[:, t + 1].T, W.T) + np.dot(delta_out[:, t].T, W_out.T)) * d_sigmoid(u[:, t + 1])
        W_out_grad += np.dot(z[:, t + 1].reshape(-1, 1), delta_out[:, t].reshape(-1, 1))
        W_grad += np.dot(z[:, t].reshape(-1, 1), delta[:, t].reshape(1, -1))
        W_in_grad += np.dot(X.T, delta[:, t].reshape(1, -1))

    W_in -= learning_rate * W_in_grad
    W_out -= learning_rate * W_out_grad
    W -= learning_rate * W_grad
    W_in_grad *= 0
    W_out_grad *= 0
    W_grad *= 0

    if i % plot_interval == 0:
        all_losses.append(all_loss)

print("final loss", all_losses[-1])
print("pred", out_bin)
print("true", d_bin)
