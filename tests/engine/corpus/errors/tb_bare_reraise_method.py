# corpus: traceback
class Net:
    def forward(self, x):
        try:
            return self.layer(x)
        except AttributeError:
            raise

    def layer(self, x):
        return x.shape


net = Net()
net.forward([1, 2])
