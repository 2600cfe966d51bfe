# fractions: Fraction constructors, exact and mixed arithmetic, rounding, limit_denominator, errors
from fractions import Fraction as F
print(F(3,4), repr(F(6,-8)), F('3/4'), F(' -1.5e2 '), F(0.1), F(1.5), F(), F(F(1,2), F(1,3)), F('7'))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a ** -2, 2 ** F(1,2), a + 1, 1 - a, a * 0.5, a == F(2,6), a < b, a > 0.3, F(1,2) == 0.5, -a, abs(-a), float(a), int(F(-7,2)), round(F(7,2)), round(F(5,2)), round(F(1,3), 2), a.numerator, a.denominator)
print(F(3.141592653589793).limit_denominator(1000), F(10, 4).as_integer_ratio(), divmod(F(7, 2), 2), F(1,2) ** 0.5, sum([F(1, n) for n in range(1, 5)]), sorted([F(1,2), F(1,3), 0.4]), bool(F(0)), {F(1): 'a'}[1])
import math; print(math.floor(F(7,2)), math.ceil(F(7,2)), math.sqrt(F(1,4)), F(1,3) != F(1,3), F('1_000/3'), F('.5'), F(-7, 3) // 1, F(-7, 3) % 1, F.from_float(0.25))
for f in [lambda: F(1, 0), lambda: F('x'), lambda: F(float('nan')), lambda: F(1.5, 2), lambda: a / 0]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
