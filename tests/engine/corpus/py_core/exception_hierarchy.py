bases = [ArithmeticError, LookupError, Exception, BaseException]
for exc in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError, AttributeError, ModuleNotFoundError, RecursionError]:
    print(exc.__name__, [b.__name__ for b in bases if issubclass(exc, b)])
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__, e)
try:
    undefined_thing
except Exception as e:
    print(type(e).__name__, e)
