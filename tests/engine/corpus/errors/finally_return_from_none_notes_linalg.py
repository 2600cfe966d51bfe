import numpy as np
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("cleanup")
print(g())
try:
    try:
        int("x")
    except ValueError:
        raise KeyError("k") from None
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError as e:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__)
class TrainingError(Exception):
    def __init__(self, epoch, msg):
        super().__init__(f"epoch {epoch}: {msg}")
        self.epoch = epoch
try:
    raise TrainingError(3, "loss is nan")
except TrainingError as e:
    print(e, e.epoch, e.args)
errs = (ValueError, TypeError)
for v in ["1", None, "x"]:
    try:
        print(int(v))
    except errs as e:
        print(type(e).__name__, "-", e)
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    max([np.array([1, 2]), np.array([0, 3])])
except ValueError as e:
    print("ValueError:", e)
try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("hint: check shapes")
    print(e.__notes__)
print(issubclass(KeyError, LookupError), issubclass(FloatingPointError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
try:
    assert 1 == 2
except AssertionError as e:
    print("empty assert:", repr(e))
