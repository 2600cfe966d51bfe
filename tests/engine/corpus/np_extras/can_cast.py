import numpy as np


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dts = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64", "object"]
for c in ["no", "equiv", "safe", "same_kind", "unsafe"]:
    print(c)
    for a in dts:
        print(" ", a, "".join("1" if np.can_cast(a, b, c) else "0" for b in dts))
print(np.can_cast(np.int64, np.float64), np.can_cast(np.float64, np.float32), np.can_cast(float, np.float32), np.can_cast(int, "i4"))
print(np.can_cast(np.array([1, 2]), "f8"), np.can_cast(np.array(1.0), "f4"), np.can_cast(np.float32(1), np.float64))
print(np.can_cast(np.float64(1), "f4", casting="same_kind"), np.can_cast(np.dtype("i2"), np.dtype("u2"), "same_kind"))
print(np.can_cast(from_=np.uint8, to=np.int16), np.can_cast(np.bool_, np.uint64, casting="no"))
t(lambda: np.can_cast(1, np.int8))
t(lambda: np.can_cast(1.0, np.int8))
t(lambda: np.can_cast(True, np.int8))
t(lambda: np.can_cast(np.int64, np.int8, "bad"))
t(lambda: np.can_cast(np.int64, np.int8, None))
t(lambda: np.can_cast(np.int64, None))
t(lambda: np.can_cast(None, "f8"))
t(lambda: np.can_cast([1], "i8"))
t(lambda: np.can_cast("i8", "bogus"))
t(lambda: np.can_cast("i8"))
