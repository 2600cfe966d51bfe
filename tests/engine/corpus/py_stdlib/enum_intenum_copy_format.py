import copy, math
from enum import IntEnum, Enum
class C(IntEnum):
    A = 1
    B = 2
class E(Enum):
    X = 1
print(copy.copy(C.A) is C.A, copy.deepcopy(C.B) is C.B, copy.deepcopy([C.A, E.X])[1] is E.X)
print(math.floor(C.B), math.isclose(C.A, 1.0), int("3") + C.A, C.A in {1, 5}, C.B.__index__(), C.A.real, C.A.imag)
print(sum(C), list(map(int, C)), [c * 2 for c in C], {c: c.name for c in C}, sorted([C.B, C.A, 0.5]))
print(C.A.__class__.__mro__)
print(C.__members__, isinstance(C.A, IntEnum), issubclass(C, int), C.A.value.__class__)
print(f"{C.A!s:>3}|{C.B:<4}|{C.B:x}|{C.B:.2f}", "%s %i" % (C.A, C.B), str(C), repr(C), C.B // C.B)
print(int.__str__(C.A), bool(C.A), not C.A, E.X == 1, C.A == E.X)
