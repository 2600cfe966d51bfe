# divmod() takes __divmod__/__rdivmod__ only: other types get the divmod() TypeError, not the // one
import numpy as np
from fractions import Fraction
from decimal import Decimal
print(divmod(7, 2), divmod(7.5, 2), divmod(True, 2), divmod(-7, 2.0), divmod(np.int64(7), 2), divmod(7, np.float64(2)), divmod(np.arange(4), 3), divmod(Fraction(7, 2), 1), divmod(Decimal("7.5"), 2), divmod(7, Fraction(1, 3)))
class B:
    def __rdivmod__(self, o):
        return "r"
print(divmod(3, B()))
for a, b in [((1,), 2), ("a", 1), (1, "b"), ([1], [2]), (None, 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(e)
class A:
    def __floordiv__(self, o):
        return 1
try:
    divmod(A(), 2)
except TypeError as e:
    print(e)
import enum
from fractions import Fraction
print(divmod(7.5, Fraction(1, 3)), divmod(Fraction(7, 3), 0.5), divmod(-7, Fraction(2, 3)))
class C(enum.IntEnum):
    A = 7
print(divmod(C.A, 2), divmod(7, C.A))
