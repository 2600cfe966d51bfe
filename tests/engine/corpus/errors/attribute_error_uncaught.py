class Net:
    def __init__(self):
        self.params = {}
net = Net()
print(net.params)
print(net.grads)
