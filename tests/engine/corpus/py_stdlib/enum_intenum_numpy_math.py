import math
import numpy as np
from enum import IntEnum
class C(IntEnum):
    A = 1
    B = 2
    C = 3
a = np.arange(12).reshape(3, 4)
print(np.zeros((C.B, 2)).shape, a[C.A, C.B], a[C.A:C.C], np.int64(C.B), np.float64(C.C), np.float32(C.A))
print(a == C.B, a * C.C, C.C * a[0], np.array(C.B) + 1, np.full(C.A, C.B), np.sum(a, axis=C.A))
print(list(range(C.A, 10, C.B)), math.comb(C.C, C.A), math.factorial(C.C), math.gcd(C.B, 4), [1, 2, 3, 4][C.A:C.C], "ab" * C.B)
print(np.array([C.A, C.B]) * 1.5, np.array([[C.A], [2]]).dtype, np.asarray([C.A, 2.5]).dtype, np.max([C.A, C.C]), max(C.A, 2.5))
np.random.seed(C.C)
print(np.random.randint(0, C.C, size=C.B), a.reshape(C.C, -1).shape, np.linspace(0, 1, C.C), a.sum(C.A), a.T[C.A])
print(isinstance(C.A, (int, float)), type(C.A * 1.0), C.A / C.B, C.C % C.B, C.C ** -1, divmod(7, C.C), pow(C.B, C.C, 5))
print(str(C.A).zfill(3), f"{C.C:03}", f"{C.B:b}", "{:,}".format(C.C), format(C.A, ""), int(C.B) is 2)
