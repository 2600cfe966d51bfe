# corpus: traceback
def f(n):
    for x in n:
        pass
f(5)
