# __qualname__ of nested classes and their methods (Outer.Inner, f.<locals>.Local) in reprs and tracebacks,
# and __suppress_context__ of exceptions raised from others.
class Outer:
    class Inner:
        class Deep:
            def m(self):
                pass

        class Err(Exception):
            pass

    print(__qualname__)


print(Outer.Inner, Outer.Inner.Deep, Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.m.__qualname__)


def make():
    class Local:
        def go(self):
            pass

    return Local


print(make(), make().__qualname__, make().__name__)
print(repr(Outer.Inner.Err("x")), Outer.Inner.Err.__name__)
alias = Outer.Inner


class Other:
    ref = alias


print(alias.__qualname__, Other.ref)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
e = KeyError("k")
print(e.__suppress_context__)
e.__cause__ = TypeError("t")
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
raise Outer.Inner.Err("boom")
