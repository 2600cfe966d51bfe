# corpus: traceback
class Sorter:
    def __init__(self, key):
        self.key = key

    def run(self, items):
        return sorted(items,
                      key=lambda it: it[self.key])


s = Sorter("loss")
print(s.run([{"loss": 0.5}, {"loss": 0.1}]))
print(s.run([{"loss": 0.5}, {"acc": 0.9}]))
