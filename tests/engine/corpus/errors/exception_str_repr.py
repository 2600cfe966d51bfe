errs = [ValueError("bad value"), KeyError("k"), IndexError("list index out of range"), TypeError(), ZeroDivisionError("division by zero"), Exception("a", 1), AssertionError()]
for e in errs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
