import numpy as np

class ShapeError(ValueError):
    def __init__(self, expected, got):
        super().__init__(f"expected shape {expected}, got {got}")
        self.expected = expected
        self.got = got

def check(x, shape):
    if x.shape != shape:
        raise ShapeError(shape, x.shape)
    return True

try:
    check(np.zeros((2, 3)), (3, 2))
except ValueError as e:
    print(type(e).__name__, e, e.args, e.expected)

def risky(n):
    try:
        if n == 0:
            raise ZeroDivisionError("n is zero")
        return 10 / n
    except ZeroDivisionError as e:
        print("caught", e)
        return None
    finally:
        print("finally", n)

print(risky(0), risky(4))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))

try:
    np.array([1, 2]) + np.array([1, 2, 3])
except Exception as e:
    print(type(e).__name__ + ":", e)

errors = []
for val in ["3", "x", None, "4.5"]:
    try:
        errors.append(int(val))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
    else:
        errors.append("ok")
print(errors)

class Trainer:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError

with Trainer() as t:
    raise KeyError("suppressed")
print("after with")
try:
    with Trainer():
        raise IndexError("list index out of range")
except IndexError as e:
    print("propagated", e)
try:
    raise ShapeError((1,), (2,))
except ShapeError as e:
    print(str(e), isinstance(e, Exception))
e = ValueError("a", 1)
print(str(e), repr(e), e.args)
try:
    assert np.allclose([1.0], [1.1]), "not close"
except AssertionError as e:
    print("AssertionError", e)
