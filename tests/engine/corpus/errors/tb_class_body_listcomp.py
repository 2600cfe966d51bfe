# corpus: traceback
class Config:
    lr = 0.1
    steps = [lr * i for i in range(3)]
    bad = {k: v / 0 for k, v in [("a", 1)]}
