# corpus: traceback
def g():
    x = yield 1
    try:
        yield x["k"]
    except KeyError as e:
        raise LookupError("no k") from e


it = g()
next(it)
it.send({})
