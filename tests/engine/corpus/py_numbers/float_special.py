import math
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * 2, 1 / inf)
print(nan == nan, nan != nan, nan < 1, math.isnan(nan), math.isinf(-inf), math.isfinite(1e308))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
print(max(1, inf), min(-inf, 0))
print(float("1e500"), float("-1e-500"))
print(round(2.675, 2), 0.1 + 0.7, 4.35 * 100)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
