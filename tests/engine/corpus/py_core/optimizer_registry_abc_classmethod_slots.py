import numpy as np
from abc import ABC, abstractmethod

class Optimizer(ABC):
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Optimizer.registry[cls.__name__.lower()] = cls
    def __init__(self, lr=0.01):
        self.lr = lr
    @abstractmethod
    def update(self, params, grads):
        ...
    @classmethod
    def create(cls, name, **kw):
        return cls.registry[name](**kw)
    @staticmethod
    def norm(grads):
        return float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    def __repr__(self):
        return f"{type(self).__name__}(lr={self.lr})"

class SGD(Optimizer):
    def update(self, params, grads):
        for k in params:
            params[k] -= self.lr * grads[k]

class Nesterov(Optimizer):
    __slots__ = ("momentum", "v")
    def __init__(self, lr=0.01, momentum=0.9):
        super().__init__(lr)
        self.momentum = momentum
        self.v = None
    def update(self, params, grads):
        if self.v is None:
            self.v = {k: np.zeros_like(v) for k, v in params.items()}
        for k in params:
            self.v[k] *= self.momentum
            self.v[k] -= self.lr * grads[k]
            params[k] += self.momentum * self.momentum * self.v[k]
            params[k] -= (1 + self.momentum) * self.lr * grads[k]

print(sorted(Optimizer.registry))
opt = Optimizer.create("nesterov", lr=0.1)
print(opt, Optimizer.create("sgd"))
try:
    Optimizer()
except TypeError as e:
    print("TypeError:", e)
params = {"w": np.array([1.0, -2.0])}
for _ in range(3):
    grads = {"w": 2 * params["w"]}
    opt.update(params, grads)
    print(params["w"], round(Optimizer.norm(grads), 6))
print(SGD.norm({"a": np.ones(4)}), opt.norm({"a": np.ones(1)}))
print(isinstance(opt, Optimizer), type(opt).__mro__[1].__name__)
