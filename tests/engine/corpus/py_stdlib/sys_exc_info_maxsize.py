# sys.exc_info() names the exception being handled (its traceback is not compared); sys.maxsize is 2**63 - 1
import sys
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, _ = sys.exc_info()
    print(t.__name__, v, t is ZeroDivisionError, isinstance(v, ArithmeticError))
    try:
        [][1]
    except IndexError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    try:
        raise ValueError("x")
    finally:
        print(sys.exc_info()[:2])
try:
    f()
except ValueError as e:
    print(repr(e), sys.exc_info()[1] is e)
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, type(sys.maxsize).__name__, min(5, sys.maxsize))
best = sys.maxsize
for v in [7, 3, 9]:
    best = min(best, v)
print(best, float(sys.maxsize), sys.maxsize // 2 ** 32, hash(sys.maxsize) == sys.maxsize)
