# corpus: traceback
def f():
    try:
        [][1]
    except IndexError as e:
        try:
            int("x")
        except ValueError:
            raise TypeError("both") from e
f()
