class Dropout:
    """Drops each unit with probability dropout_ratio in training; scales by the kept share at test time."""

    def __init__(self, dropout_ratio):
        self.dropout_ratio = dropout_ratio
        self.mask = None

    def forward(self, x, train_flg=True):
        if train_flg:
            r = np.random.rand(*x.shape)       # uniform in [0, 1), one number per unit
            self.mask = ____
            return ____
        return ____

    def backward(self, dout):
        return ____


layer = Dropout(dropout_ratio)
out_train = layer.forward(x, train_flg=True)
mask = layer.mask
dx = layer.backward(dout)
out_test = layer.forward(x, train_flg=False)
