# corpus: traceback
class Model:
    def __init__(self):
        self.params = None
    def init(self):
        self.params = {"W": [1, 2]}
m = Model()
print(m.params)
print(m.params.keys())
