# corpus: traceback
class Model:
    def __init__(self, ws):
        self.ws = ws

    def norms(self):
        return [[w["x"] for w in row]
                for row in self.ws]


m = Model([[{"x": 1}], [{"y": 2}]])
print(m.norms())
