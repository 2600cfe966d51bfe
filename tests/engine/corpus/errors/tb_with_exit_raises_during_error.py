# corpus: traceback
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError("exit failed")


with Guard():
    x = 1 / 0
