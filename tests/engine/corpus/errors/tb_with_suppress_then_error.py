# corpus: traceback
class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return exc[0] is KeyError


def run():
    with Timer("a"):
        {}["k"]
    print("suppressed")
    with Timer("b") as t:
        return t.nme


run()
