import numpy as np


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


abstract = [np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger, np.inexact, np.floating, np.bool_]
print(abstract)
concrete = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64, np.float16, np.float32, np.float64]
for c in concrete:
    print(c.__name__, [np.issubdtype(c, a) for a in abstract])
for x in ["f4", "i8", "u1", "?", np.dtype("float32"), np.dtype("int16"), float, int, bool, None, object, "U3", str]:
    print(repr(x), np.issubdtype(x, np.floating), np.issubdtype(x, np.integer), np.issubdtype(x, np.number), np.issubdtype(x, np.generic))
print(np.issubdtype(np.float32, float), np.issubdtype(np.float64, float), np.issubdtype(np.int32, int), np.issubdtype(np.int64, int))
print(np.issubdtype("U3", np.str_), np.issubdtype("U3", str), np.issubdtype(object, np.object_), np.issubdtype(np.floating, np.inexact))
print(np.issubdtype(np.number, np.floating), np.issubdtype(np.array([1.0]).dtype, np.floating), np.issubdtype(np.bool_, np.integer))
t(lambda: np.issubdtype(np.array([1]), float))
t(lambda: np.issubdtype(1, float))
t(lambda: np.issubdtype("x", np.generic))
t(lambda: np.issubdtype(np.float64))
print(isinstance(np.float64(1), np.floating), isinstance(np.float32(1), np.inexact), isinstance(np.int8(1), np.floating))
print(isinstance(np.int8(1), np.signedinteger), isinstance(np.uint8(1), np.signedinteger), isinstance(np.uint64(1), np.unsignedinteger))
print(isinstance(np.bool_(1), np.number), isinstance(np.int64(1), np.integer), isinstance(np.float16(1), np.number), isinstance(1.0, np.floating))
print(np.float64.__mro__)
print(np.int32.__mro__, np.uint16.__mro__, np.float32.__mro__)
print(issubclass(np.float64, float), issubclass(np.floating, np.number), np.floating.__name__)
print(np.issubdtype(list, np.generic), np.issubdtype(dict, np.object_), np.issubdtype(dict, np.number))
