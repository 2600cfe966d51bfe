# corpus: traceback
class Layer:
    def __init__(self, n):
        self._w = [0.0] * n

    @property
    def norm(self):
        return max(abs(w) for w in self._w)


print(Layer(2).norm)
print(Layer(0).norm)
