# corpus: traceback
def f():
    try:
        return totl
    except NameError:
        raise
total = 1
f()
