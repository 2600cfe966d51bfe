class MyError(Exception):
    pass

class CodeError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

try:
    raise MyError("something bad")
except MyError as e:
    print(type(e).__name__, e, e.args)

try:
    raise CodeError(42)
except ValueError as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception))

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")

def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x

for v in [1, -2]:
    try:
        print(check(v))
    except ValueError as e:
        print("error:", e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("re-raising")
        raise
except ZeroDivisionError as e:
    print("outer", e)
