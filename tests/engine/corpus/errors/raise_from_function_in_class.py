class Trainer:
    def __init__(self, lr):
        if lr <= 0:
            raise ValueError("learning rate must be positive, got %s" % lr)
        self.lr = lr
t = Trainer(0.1)
print(t.lr)
t2 = Trainer(-1)
