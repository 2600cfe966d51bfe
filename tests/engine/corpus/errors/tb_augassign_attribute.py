# corpus: traceback
# += on an attribute that __init__ never set: the target is underlined
class Counter:
    def __init__(self):
        self.count = 0

    def step(self):
        self.count += 1
        self.total += self.count


c = Counter()
c.step()
