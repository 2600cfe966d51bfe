# np.reciprocal of integers: 1 / x truncated in the integer dtype; 1 / 0 gives x86-64's converted inf with both
# warnings (checked through errstate, as the warnings themselves go to stderr)
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e))


show("2", lambda: np.reciprocal(2))
show("1", lambda: np.reciprocal(1))
show("-1", lambda: np.reciprocal(-1))
show("-2", lambda: np.reciprocal(-2))
show("arr", lambda: np.reciprocal(np.array([-1, -2, 5, -5, 1, 2**40])))
show("int8 -3", lambda: np.reciprocal(np.int8(-3)))
show("True", lambda: np.reciprocal(True))
show("bool arr", lambda: np.reciprocal(np.array([True, True])))
show("float", lambda: np.reciprocal(np.array([2.0, -4.0, 0.5])))
with np.errstate(all="ignore"):
    for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]:
        show(dt, lambda: np.reciprocal(np.array([0, 1, 2, 1], dtype=dt)))
        show(dt + " scalar", lambda: np.reciprocal(np.array([0], dtype=dt)[0]))
    show("0", lambda: np.reciprocal(0))
    show("0-d", lambda: np.reciprocal(np.array(0)))
    show("False", lambda: np.reciprocal(False))
    show("out float", lambda: np.reciprocal(np.array([3, 0, -1]), out=np.zeros(3)))
    show("2d", lambda: np.reciprocal(np.array([[1, 0], [0, 1]])))
    show("strided", lambda: np.reciprocal(np.array([[1, 0], [0, 1]])[:, 1]))
    show("empty", lambda: np.reciprocal(np.array([], dtype=int)))
with np.errstate(divide="raise"):
    show("raise divide", lambda: np.reciprocal(np.array([1, 0])))
    show("raise divide scalar", lambda: np.reciprocal(np.int64(0)))
with np.errstate(divide="ignore", invalid="raise"):
    show("raise invalid", lambda: np.reciprocal(np.array([1, 0])))
    show("raise invalid int32", lambda: np.reciprocal(np.int32(0)))
    show("float no invalid", lambda: np.reciprocal(np.array([1.0, 0.0])))
