for exc in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError, AttributeError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
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
