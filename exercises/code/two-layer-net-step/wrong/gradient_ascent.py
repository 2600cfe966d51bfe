# Adds the gradient: the loss goes up.

def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    a = a - np.max(a, axis=1, keepdims=True)
    return np.exp(a) / np.sum(np.exp(a), axis=1, keepdims=True)


def loss(params, x, t):
    """Mean cross-entropy of the network x -> Affine -> Sigmoid -> Affine -> Softmax."""
    z1 = sigmoid(np.dot(x, params['W1']) + params['b1'])
    y = softmax(np.dot(z1, params['W2']) + params['b2'])
    return -np.sum(t * np.log(y + 1e-7)) / x.shape[0]


def gradient(params, x, t):
    """Gradients of loss(params, x, t) by backpropagation."""
    W1, b1, W2, b2 = params['W1'], params['b1'], params['W2'], params['b2']
    batch_size = x.shape[0]
    # forward
    a1 = np.dot(x, W1) + b1
    z1 = sigmoid(a1)
    y = softmax(np.dot(z1, W2) + b2)
    # backward
    dy = (y - t) / batch_size                          # softmax with cross-entropy, mean over the batch
    grads = {}
    grads['W2'] = np.dot(z1.T, dy)
    grads['b2'] = np.sum(dy, axis=0)
    dz1 = np.dot(dy, W2.T)                         # error reaching the hidden layer's output
    da1 = dz1 * z1 * (1 - z1)                         # through the sigmoid
    grads['W1'] = np.dot(x.T, da1)
    grads['b1'] = np.sum(da1, axis=0)
    return grads


def train_step(params, x, t, learning_rate):
    """One step of gradient descent on every parameter; returns the new params."""
    grads = gradient(params, x, t)
    new_params = {}
    for key in ('W1', 'b1', 'W2', 'b2'):
        new_params[key] = params[key] + learning_rate * grads[key]
    return new_params


loss_before = loss(params, x_batch, t_batch)
grads = gradient(params, x_batch, t_batch)
params = train_step(params, x_batch, t_batch, learning_rate)
loss_after = loss(params, x_batch, t_batch)
dW1, db1, dW2, db2 = grads['W1'], grads['b1'], grads['W2'], grads['b2']
W1, b1, W2, b2 = params['W1'], params['b1'], params['W2'], params['b2']
