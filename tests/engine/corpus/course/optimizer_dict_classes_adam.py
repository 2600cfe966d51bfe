import numpy as np

class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr
    def update(self, params, grads):
        for key in params.keys():
            params[key] -= self.lr * grads[key]

class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None
    def update(self, params, grads):
        if self.v is None:
            self.v = {}
            for key, val in params.items():
                self.v[key] = np.zeros_like(val)
        for key in params.keys():
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]

class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = None
    def update(self, params, grads):
        if self.h is None:
            self.h = {k: np.zeros_like(v) for k, v in params.items()}
        for key in params.keys():
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)

class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0
        self.m = None
        self.v = None
    def update(self, params, grads):
        if self.m is None:
            self.m, self.v = {}, {}
            for key, val in params.items():
                self.m[key] = np.zeros_like(val)
                self.v[key] = np.zeros_like(val)
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params.keys():
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key]**2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)

def loss_and_grad(params):
    W, b = params["W"], params["b"]
    x = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]])
    t = np.array([[1.0], [0.0], [2.0]])
    y = x @ W + b
    diff = y - t
    loss = 0.5 * np.sum(diff ** 2) / x.shape[0]
    grads = {"W": x.T @ diff / x.shape[0], "b": np.sum(diff, axis=0) / x.shape[0]}
    return loss, grads

optimizers = {"SGD": SGD(lr=0.1), "Momentum": Momentum(lr=0.05), "AdaGrad": AdaGrad(lr=0.5), "Adam": Adam(lr=0.2)}
for name, opt in optimizers.items():
    params = {"W": np.array([[0.5], [-0.5]]), "b": np.zeros(1)}
    for step in range(50):
        loss, grads = loss_and_grad(params)
        opt.update(params, grads)
        if step % 10 == 0:
            print(f"{name:>8s} step {step:2d} loss={loss:.6f}")
    print(name, params["W"].ravel(), params["b"], f"{loss:.4e}")
    print(type(loss), type(params["b"][0]))
