class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr
    def update(self, params, grads):
        for i in range(len(params)):
            params[i] -= self.lr * grads[i]

class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum = lr, momentum
        self.v = None
    def update(self, params, grads):
        if self.v is None:
            self.v = [0.0] * len(params)
        for i in range(len(params)):
            self.v[i] = self.momentum * self.v[i] - self.lr * grads[i]
            params[i] += self.v[i]

for opt in [SGD(0.1), Momentum(0.1)]:
    p = [1.0, -2.0]
    for step in range(5):
        g = [2 * x for x in p]
        opt.update(p, g)
    print(type(opt).__name__, p)
