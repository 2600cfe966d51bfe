import numpy as np

def softmax(x):
    x = x - x.max(axis=-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=-1, keepdims=True)

def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        tmp = x[idx]
        x[idx] = tmp + h; f1 = f(x)
        x[idx] = tmp - h; f2 = f(x)
        grad[idx] = (f1 - f2) / (2 * h)
        x[idx] = tmp
    return grad

np.random.seed(4)
params = {"W1": np.random.randn(4, 5) * 0.5, "b1": np.zeros(5),
          "W2": np.random.randn(5, 3) * 0.5, "b2": np.zeros(3)}
X = np.random.randn(6, 4)
t = np.eye(3)[np.random.randint(0, 3, 6)]

def loss(_=None):
    h = np.maximum(0, X @ params["W1"] + params["b1"])
    y = softmax(h @ params["W2"] + params["b2"])
    return -np.sum(t * np.log(y + 1e-7)) / X.shape[0]

def backprop():
    a1 = X @ params["W1"] + params["b1"]
    h = np.maximum(0, a1)
    y = softmax(h @ params["W2"] + params["b2"])
    dy = (y - t) / X.shape[0]
    g = {"W2": h.T @ dy, "b2": dy.sum(axis=0)}
    dh = dy @ params["W2"].T * (a1 > 0)
    g["W1"] = X.T @ dh
    g["b1"] = dh.sum(axis=0)
    return g

grads = backprop()
for k in sorted(params):
    num = numerical_gradient(loss, params[k])
    diff = np.mean(np.abs(num - grads[k]))
    print(f"{k}: {'OK' if diff < 1e-6 else 'NG'} shape={num.shape}")
print(f"loss={loss():.8f}")
