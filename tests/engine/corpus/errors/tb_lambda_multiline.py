# corpus: traceback
f = lambda a, b: (
    a
    / b
)
def g(h):
    return h(1, 0)
g(f)
