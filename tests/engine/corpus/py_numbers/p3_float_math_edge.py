import math

vals = [0.1 + 0.2, 1e16 + 1, 2 ** 53 + 1, 1 / 3, -0.0, 1e-320, float("1e309")]
for v in vals:
    print(repr(v), f"{v:.3g}", v == v, math.isfinite(v))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e20), round(12.5, -1))
print(int(1e20), int(-1e-5), int("007"), float("  -3.5e2 "), float("nan") != float("nan"))
print(7 / 2, 7 // 2, -7 // 2, 7 % -2, 2 ** 10, 2 ** -2, (-2) ** 2, -2 ** 2, 10 ** 21, 10.0 ** 21)
print(math.log(0.5), math.exp(-745), math.exp(-746), math.sqrt(1e-320), math.log1p(1e-20))
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3), (10).bit_length())
print(max(1, 2.0), min(-0.0, 0.0), max(0.0, -0.0), float.fromhex("0x1p-2"), (0.5).as_integer_ratio(), (3.0).is_integer())
