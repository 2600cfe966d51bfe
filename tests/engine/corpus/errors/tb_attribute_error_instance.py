# corpus: traceback
class TwoLayerNet:
    def __init__(self):
        self.params = {"W1": [0.1, 0.2], "b1": [0.0]}

    def predict(self, x):
        return x


net = TwoLayerNet()
print(net.params["W1"])
print(net.param["W1"])
