import numpy as np

class BatchNormalization:
    def __init__(self, gamma, beta, momentum=0.9):
        self.gamma, self.beta, self.momentum = gamma, beta, momentum
        self.running_mean = None
        self.running_var = None
    def forward(self, x, train_flg=True):
        if self.running_mean is None:
            D = x.shape[1]
            self.running_mean = np.zeros(D)
            self.running_var = np.zeros(D)
        if train_flg:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc ** 2, axis=0)
            std = np.sqrt(var + 10e-7)
            xn = xc / std
            self.batch_size, self.xc, self.xn, self.std = x.shape[0], xc, xn, std
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mu
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
        else:
            xn = (x - self.running_mean) / np.sqrt(self.running_var + 10e-7)
        return self.gamma * xn + self.beta
    def backward(self, dout):
        dbeta = dout.sum(axis=0)
        dgamma = np.sum(self.xn * dout, axis=0)
        dxn = self.gamma * dout
        dxc = dxn / self.std
        dstd = -np.sum((dxn * self.xc) / (self.std * self.std), axis=0)
        dvar = 0.5 * dstd / self.std
        dxc += (2.0 / self.batch_size) * self.xc * dvar
        dmu = np.sum(dxc, axis=0)
        dx = dxc - dmu / self.batch_size
        self.dgamma, self.dbeta = dgamma, dbeta
        return dx

np.random.seed(0)
bn = BatchNormalization(np.ones(3), np.zeros(3))
for step in range(20):
    xb = np.random.randn(8, 3) * [1, 2, 3] + [0, 5, -5]
    y = bn.forward(xb, train_flg=True)
print("train out mean:", np.round(y.mean(axis=0), 8))
print("train out std:", np.round(y.std(axis=0), 5))
print("running mean:", bn.running_mean)
print("running var:", bn.running_var)
xt = np.array([[0.0, 5.0, -5.0], [1.0, 7.0, -2.0]])
print("test:", bn.forward(xt, train_flg=False))
dx = bn.backward(np.random.randn(8, 3))
print("dx col sums ~0:", np.allclose(dx.sum(axis=0), 0))
print(bn.dgamma, bn.dbeta)
