# corpus: traceback
import numpy as np

def softmax(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e)

class Net:
    def predict(self, x):
        return softmax(x)

net = Net()
print(net.predict(np.array([1.0, 2.0])))
print(Net.predict(np.array([1.0, 2.0])))
