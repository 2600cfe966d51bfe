# __exit__'s third argument and e.__traceback__ are the raised exception's traceback (None before it is raised);
# with_traceback returns the exception.
class CM:
    def __enter__(self): return self
    def __exit__(self, t, e, tb):
        print(t, e, tb is not None, type(tb).__name__, tb is e.__traceback__ if e else None)
        return True
with CM():
    pass
with CM():
    raise KeyError("k")
def f():
    with CM():
        [][1]
f()
e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError as err:
    print(err.__traceback__ is not None, type(err.__traceback__).__name__, err.__traceback__ is err.__traceback__)
print(err.with_traceback(None) is err)
try:
    err.with_traceback()
except TypeError as te:
    print(te)
