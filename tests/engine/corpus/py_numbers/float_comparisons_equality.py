import math
a = 0.1 + 0.2
print(a == 0.3, a > 0.3, math.isclose(a, 0.3), abs(a - 0.3) < 1e-12, round(a, 2) == 0.3)
print(1e-16 + 1 == 1, 1e-15 + 1 == 1, 2 ** 53 == 2 ** 53 + 1.0, float(2 ** 53 + 1) == 2 ** 53)
print(0.1 * 3 == 0.3, 0.5 * 3 == 1.5, 1 / 3 * 3 == 1.0, 10 / 3, -10 / 3)
print(float("nan") in [float("nan")], min(0.0, -0.0), max(-0.0, 0.0), -0.0 == 0.0)
