class Momentum:
    def __init__(self, lr, momentum):
        self.lr, self.momentum = lr, momentum
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.v[key] = ____
            params[key] += self.v[key]


class AdaGrad:
    def __init__(self, lr):
        self.lr = lr
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (____ + 1e-7)


class RMSprop:
    def __init__(self, lr, decay_rate):
        self.lr, self.decay_rate = lr, decay_rate
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.h[key] = ____
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class Adam:
    def __init__(self, lr, beta1, beta2):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.iter = 0
        self.m = None
        self.v = None

    def update(self, params, grads):
        if self.m is None:
            self.m = {key: np.zeros_like(val) for key, val in params.items()}
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        self.iter += 1
        for key in params:
            self.m[key] = self.beta1 * self.m[key] + (1 - self.beta1) * grads[key]
            self.v[key] = self.beta2 * self.v[key] + (1 - self.beta2) * grads[key] ** 2
            m_hat = ____
            v_hat = ____
            params[key] -= self.lr * m_hat / (np.sqrt(v_hat) + 1e-7)


def train(optimizer):
    """Runs the optimiser on W0 with the gradients of grad_seq; returns the final weight."""
    params = {"W": W0.copy()}
    for g in grad_seq:
        optimizer.update(params, {"W": g})
    return params["W"]


W_momentum = train(Momentum(lr, momentum))
W_adagrad = train(AdaGrad(lr))
W_rmsprop = train(RMSprop(lr, decay_rate))
W_adam = train(Adam(lr, beta1, beta2))
