import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(-1), math.log(10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan2(1, 1), math.asin(1), math.acos(0))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.atan(1) * 4)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.1), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.pow(2, 10), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.copysign(1, -0.0), math.fmod(-7, 3), math.modf(3.75))
print(math.erf(1), math.gamma(5), math.lgamma(10), math.prod([1, 2, 3, 4]), math.isqrt(17), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
