# Variant of the Day 3 binary-addition RNN: tanh hidden activation, helpers inline,
# predictions stored with [0] instead of .item()
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def d_sigmoid(x):
    return (1.0 - sigmoid(x)) * sigmoid(x)

def d_tanh(x):
    return 1 / (np.cosh(x) ** 2)

def mean_squared_error(d, y):
    return np.mean(np.square(d - y)) / 2

def d_mean_squared_error(d, y):
    return (y - d) / d.shape[0]

np.random.seed(1)
binary_dim = 8
largest_number = 2 ** binary_dim
binary = np.unpackbits(np.array([range(largest_number)], dtype=np.uint8).T, axis=1)

H = 16
weight_init_std = 0.5
learning_rate = 0.1
W_in = weight_init_std * np.random.randn(2, H)
W_out = weight_init_std * np.random.randn(H, 1)
W = weight_init_std * np.random.randn(H, H)

u = np.zeros((H, binary_dim + 1))
z = np.zeros((H, binary_dim + 1))
y = np.zeros((1, binary_dim))
delta_out = np.zeros((1, binary_dim))
delta = np.zeros((H, binary_dim + 1))

correct = 0
for i in range(600):
    a_int = np.random.randint(largest_number / 2)
    b_int = np.random.randint(largest_number / 2)
    a_bin, b_bin = binary[a_int], binary[b_int]
    d_bin = binary[a_int + b_int]
    out_bin = np.zeros_like(d_bin)
    all_loss = 0
    for t in range(binary_dim):
        X = np.array([a_bin[-t - 1], b_bin[-t - 1]]).reshape(1, -1)
        dd = np.array([d_bin[binary_dim - t - 1]])
        u[:, t + 1] = np.dot(X, W_in) + np.dot(z[:, t].reshape(1, -1), W)
        z[:, t + 1] = np.tanh(u[:, t + 1])
        y[:, t] = sigmoid(np.dot(z[:, t + 1].reshape(1, -1), W_out))
        all_loss += mean_squared_error(dd, y[:, t])
        delta_out[:, t] = d_mean_squared_error(dd, y[:, t]) * d_sigmoid(y[:, t])
        out_bin[binary_dim - t - 1] = np.round(y[:, t])[0]
    W_in_grad = np.zeros_like(W_in)
    W_out_grad = np.zeros_like(W_out)
    W_grad = np.zeros_like(W)
    for t in range(binary_dim)[::-1]:
        X = np.array([a_bin[-t - 1], b_bin[-t - 1]]).reshape(1, -1)
        delta[:, t] = (np.dot(delta[:, t + 1].T, W.T) + np.dot(delta_out[:, t].T, W_out.T)) * d_tanh(u[:, t + 1])
        W_out_grad += np.dot(z[:, t + 1].reshape(-1, 1), delta_out[:, t].reshape(-1, 1))
        W_grad += np.dot(z[:, t].reshape(-1, 1), delta[:, t].reshape(1, -1))
        W_in_grad += np.dot(X.T, delta[:, t].reshape(1, -1))
    W_in -= learning_rate * W_in_grad
    W_out -= learning_rate * W_out_grad
    W -= learning_rate * W_grad
    if np.array_equal(out_bin, d_bin):
        correct += 1
    if i % 100 == 0:
        print("iters:%d loss:%.10f pred:%s true:%s" % (i, all_loss, out_bin, d_bin))
print("correct:", correct)
print(np.round(W_out.ravel(), 6))
