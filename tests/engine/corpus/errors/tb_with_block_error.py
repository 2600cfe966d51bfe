# corpus: traceback
class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def run():
    with Ctx():
        return [1][3]


run()
