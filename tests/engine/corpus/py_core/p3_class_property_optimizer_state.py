import numpy as np

class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self._iter = 0
        self.m = self.v = None

    @property
    def iterations(self):
        return self._iter

    @property
    def lr_t(self):
        t = self._iter
        return self.lr * np.sqrt(1.0 - self.beta2 ** t) / (1.0 - self.beta1 ** t)

    def update(self, params, grads):
        if self.m is None:
            self.m = {k: np.zeros_like(v) for k, v in params.items()}
            self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self._iter += 1
        lr_t = self.lr_t
        for k in params:
            self.m[k] += (1 - self.beta1) * (grads[k] - self.m[k])
            self.v[k] += (1 - self.beta2) * (grads[k] ** 2 - self.v[k])
            params[k] -= lr_t * self.m[k] / (np.sqrt(self.v[k]) + 1e-7)

    def __repr__(self):
        return f"{type(self).__name__}(lr={self.lr!r}, t={self._iter})"

params = {"W": np.array([[1.0, -2.0], [0.5, 3.0]]), "b": np.array([0.1, -0.1])}
opt = Adam(lr=0.1)
for step in range(5):
    grads = {k: 2 * v for k, v in params.items()}
    opt.update(params, grads)
    print(f"step {opt.iterations}: lr_t={opt.lr_t:.6f} |W|={np.linalg.norm(params['W']):.6f}")
print(opt)
print(params["W"])
print(sorted(vars(opt)))
try:
    opt.iterations = 0
except AttributeError as e:
    print(e)
