# corpus: traceback
def inner():
    yield 1
    raise KeyError("deep")


def middle():
    yield from inner()


def outer():
    return [v for v in middle()]


outer()
