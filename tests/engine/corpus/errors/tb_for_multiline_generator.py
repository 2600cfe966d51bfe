# corpus: traceback
def g():
    yield 1
    raise ValueError(3)
def f():
    for x in g(
    ):
        print(x)
f()
