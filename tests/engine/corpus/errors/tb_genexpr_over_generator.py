# corpus: traceback
def gen(n):
    for i in range(n):
        yield 10 // (i - 2)


def outer():
    return list(x * 2 for x in gen(4))


print(outer())
