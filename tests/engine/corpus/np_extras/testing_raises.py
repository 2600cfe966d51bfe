import numpy as np
from numpy.testing import assert_, assert_raises, assert_string_equal
import numpy.testing as npt


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", r)
    except AssertionError as e:
        print("AssertionError:", repr(str(e)), e.args)


show(assert_, True)
show(assert_, 1 == 1, "never")
show(assert_, False)
show(assert_, 0, "zero is falsy")
show(assert_, [], lambda: "lazy message")
show(assert_, np.array([1, 2]).sum() > 5, "sum too small")
show(assert_, None, 42)


def divide(a, b):
    return a / b


show(assert_raises, ZeroDivisionError, divide, 1, 0)
show(assert_raises, ZeroDivisionError, divide, 1, 2)
show(assert_raises, (ValueError, ZeroDivisionError), divide, 1, 0)
show(assert_raises, (ValueError, TypeError), divide, 1, 2)
show(assert_raises, ArithmeticError, divide, b=0, a=1)
show(assert_raises, ValueError, np.reshape, np.arange(6), (4, 2))
show(assert_raises, ValueError, lambda: None)
try:
    assert_raises(ValueError, divide, 1, 0)
except ZeroDivisionError as e:
    print("propagated:", e)
try:
    assert_raises(3, divide, 1, 0)
except TypeError as e:
    print("TypeError:", e)

with assert_raises(ValueError):
    np.zeros(3).reshape(2, 2)
print("context ok")
with npt.assert_raises(KeyError) as cm:
    {}["missing"]
print(type(cm.exception).__name__, cm.exception)
try:
    with assert_raises(ValueError):
        np.zeros(4).reshape(2, 2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    with assert_raises((ValueError, IndexError)):
        pass
except AssertionError as e:
    print("AssertionError:", e)
try:
    with assert_raises(IndexError):
        int("x")
except ValueError as e:
    print("propagated:", e)

show(assert_string_equal, "abc", "abc")
show(assert_string_equal, "line\n", "line\n")
try:
    assert_string_equal(1, "a")
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert_string_equal("a", None)
except AssertionError as e:
    print("AssertionError:", e)
