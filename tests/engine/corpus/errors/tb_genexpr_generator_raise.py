# corpus: traceback
def gen(n):
    yield 1
    raise ValueError("x")

print(list(x * 2 for x in gen(4)))
