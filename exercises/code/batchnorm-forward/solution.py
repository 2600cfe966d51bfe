class BatchNormalization:
    """Batch normalisation of a mini-batch x of shape (N, D), feature by feature."""

    def __init__(self, gamma, beta, momentum, eps):
        self.gamma, self.beta = gamma, beta
        self.momentum, self.eps = momentum, eps
        self.running_mean = None
        self.running_var = None

    def forward(self, x, train_flg=True):
        if self.running_mean is None:
            self.running_mean = np.zeros(x.shape[1])
            self.running_var = np.zeros(x.shape[1])
        if train_flg:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc ** 2, axis=0)
            std = np.sqrt(var + self.eps)
            xn = xc / std
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mu
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
        else:
            xn = (x - self.running_mean) / np.sqrt(self.running_var + self.eps)
        return self.gamma * xn + self.beta


layer = BatchNormalization(gamma, beta, momentum, eps)
for xb in x_batches:
    out_train = layer.forward(xb, train_flg=True)
running_mean, running_var = layer.running_mean, layer.running_var
out_test = layer.forward(x_test, train_flg=False)
