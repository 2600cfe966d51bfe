# len() checks what __len__ returns as CPython does: an index that fits in Py_ssize_t, then not negative
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [3, 0, True, 2**50, 10**30, -1, -(10**30), 2.5, "4"]:
    try:
        print(repr(n), len(Sized(n)))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
    try:
        print(repr(n), bool(Sized(n)))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
