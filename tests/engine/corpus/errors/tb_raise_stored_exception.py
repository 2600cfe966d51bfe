# corpus: traceback
def inner():
    raise ValueError("inner")


def outer():
    try:
        inner()
    except ValueError as e:
        err = e
    raise err


outer()
