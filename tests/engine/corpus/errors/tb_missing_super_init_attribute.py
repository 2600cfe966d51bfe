# corpus: traceback
class Layer:
    def __init__(self):
        self.params = []
class Dense(Layer):
    def __init__(self, n):
        self.n = n
    def count(self):
        return len(self.params)
d = Dense(3)
print(d.n)
print(d.count())
