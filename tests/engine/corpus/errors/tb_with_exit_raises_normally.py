# corpus: traceback
class Broken:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.missing


def go():
    with Broken():
        print("body")


go()
