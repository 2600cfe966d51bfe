# corpus: traceback
def fact(n):
    return n * fact(n - 1) if n != 3 else [][0]


fact(10)
