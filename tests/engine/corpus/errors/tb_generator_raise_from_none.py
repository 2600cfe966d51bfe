# corpus: traceback
def g():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None


for v in g():
    print(v)
