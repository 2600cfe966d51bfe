# corpus: traceback
def deco(c):
    return c


class Outer:
    @deco
    class Inner:
        size = 3
        table = {i: 1 // (i - 1) for i in range(size)}
