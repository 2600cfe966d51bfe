# decimal: precision, rounding modes, localcontext, flags and trapped signals
from decimal import *

for prec in (3, 10, 40):
    getcontext().prec = prec
    print(prec, Decimal(1) / Decimal(7), Decimal(2).sqrt())
getcontext().prec = 28
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for value in ("2.5", "-2.5", "2.45", "0.05"):
    print(value, [str(Decimal(value).quantize(Decimal("0.1") if "." in value[2:] else Decimal("1"), rounding=m)) for m in modes])

with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, ctx)
print(Decimal(2) / 3)

ctx = getcontext()
ctx.clear_flags()
print(Decimal(1) / 4, ctx.flags[Inexact], Decimal(1) / 3, ctx.flags[Inexact])
for f in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("abc"), lambda: Decimal("9e999999") * 100, lambda: Decimal(-4).sqrt()]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e)
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, ctx.flags[DivisionByZero])
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.3") * Decimal("1.2"), Decimal("12E3"), Decimal("-0.000001234"))
print(Decimal(2) ** 64, Decimal("1.1") ** -2, Decimal(7) // 2, Decimal(-7) % 3, divmod(Decimal("7.5"), 2))
print(sorted([Decimal("1.5"), 2, Decimal("-0.5"), 1.25]), max(Decimal("3"), 2.5), hash(Decimal("1.5")) == hash(1.5))
print(Decimal("3.14159").quantize(Decimal("0.001")), Decimal("1.2300").normalize(), Decimal("123.456").to_integral_value())
x = Decimal("nan")
print(x == x, x.is_nan(), Decimal("Infinity") > 10**100)
print(Decimal(1) / Decimal(0.1))
