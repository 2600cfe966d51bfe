import numpy as np
from collections import OrderedDict

class RMSprop:
    def __init__(self, lr=0.01, decay_rate=0.99):
        self.lr, self.decay_rate, self.h = lr, decay_rate, None
    def update(self, params, grads):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params.keys():
            self.h[key] *= self.decay_rate
            self.h[key] += (1 - self.decay_rate) * grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)

class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.iter, self.m, self.v = 0, None, None
    def update(self, params, grads):
        if self.m is None:
            self.m = {k: np.zeros_like(v) for k, v in params.items()}
            self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self.iter += 1
        for key in params:
            self.m[key] = self.beta1 * self.m[key] + (1 - self.beta1) * grads[key]
            self.v[key] = self.beta2 * self.v[key] + (1 - self.beta2) * grads[key] ** 2
            m_hat = self.m[key] / (1 - self.beta1 ** self.iter)
            v_hat = self.v[key] / (1 - self.beta2 ** self.iter)
            params[key] -= self.lr * m_hat / (np.sqrt(v_hat) + 1e-8)

def f(x, y):
    return x ** 2 / 20.0 + y ** 2
def df(x, y):
    return x / 10.0, 2.0 * y

optimizers = OrderedDict(RMSprop=RMSprop(lr=0.3), Adam=Adam(lr=0.3))
for key, opt in optimizers.items():
    params = {"x": -7.0, "y": 2.0}
    trace = []
    for i in range(30):
        trace.append((params["x"], params["y"]))
        grads = {}
        grads["x"], grads["y"] = df(params["x"], params["y"])
        try:
            opt.update(params, grads)
        except Exception as e:
            print(type(e).__name__, e)
            break
    print(key, params, type(params["x"]).__name__)
    print(np.array(trace)[::10].round(5))
for key, opt in optimizers.items():
    params = {"x": np.array(-7.0), "y": np.array(2.0)}
    for i in range(30):
        gx, gy = df(params["x"], params["y"])
        opt.update(params, {"x": gx, "y": gy})
    print(key, params, f"{f(params['x'], params['y']):.6e}", type(params["x"]).__name__, params["x"].shape)
