import numpy as np
from common.optimizer import SGD, Momentum, Adam

def f(x, y):
    return x ** 2 / 20.0 + y ** 2

def df(x, y):
    return x / 10.0, 2.0 * y

for name, opt in [("SGD", SGD(lr=0.95)), ("Momentum", Momentum(lr=0.1)), ("Adam", Adam(lr=0.3))]:
    params = [np.array(-7.0), np.array(2.0)]
    params = [np.array([-7.0]), np.array([2.0])]
    history = []
    for i in range(30):
        history.append((params[0][0], params[1][0]))
        gx, gy = df(params[0], params[1])
        opt.update(params, [gx, gy])
    print(name, params[0], params[1], f(params[0][0], params[1][0]))
    print("  ", np.round(np.array(history[::10]), 6))

class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = None
    def update(self, params, grads):
        if self.h is None:
            self.h = [np.zeros_like(p) for p in params]
        for i in range(len(params)):
            self.h[i] += grads[i] * grads[i]
            params[i] -= self.lr * grads[i] / (np.sqrt(self.h[i]) + 1e-7)

params = [np.array([-7.0]), np.array([2.0])]
opt = AdaGrad(lr=1.5)
for i in range(30):
    opt.update(params, list(df(params[0], params[1])))
print("AdaGrad", params)
