# corpus: traceback
def f(n):
    try:
        return 1 / n
    except ZeroDivisionError:
        pass
    finally:
        print("f done")
    return g(n)


def g(n):
    return [n][n + 1]


f(0)
