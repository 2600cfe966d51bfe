import numpy as np
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
print(np.array([7, -7]) // 2, np.array([7, -7]) % 3, np.array([7.5, -7.5]) // 2, np.fmod(np.array([7, -7]), 3))
print(np.int64(7) / np.int64(2), np.int64(7) // 2, np.float64(7) // 2, np.int32(-7) % 3, type(np.int64(7) / 2).__name__)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234.5678, -2), np.round(2.5), np.round([0.5, 1.5, 2.5]))
print(int(-2.7), int("12"), float("1e-3"), float("inf"), int(True) + True, True / 2)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(10 ** 20, 2 ** 64, 10 ** 20 / 3, (2 ** 53 + 1) * 1.0, 3 * 0.1, 0.1 * 3 == 0.3)
print(max(1, 2.5), min(-1, -1.0), sum([0.1] * 10), sum([1, 2], 10), pow(2, 10, 1000), abs(-3 + 0))
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.fsum([0.1] * 10), math.gcd(12, 18), math.factorial(10))
print(math.isnan(float("nan")), math.isinf(1e309), math.log(8, 2), math.log10(1000), math.log2(1024), math.e, math.pi)
print(f"{1/3:.20f}", f"{2/3:.1f}", f"{1e21}", f"{1e16}", f"{123456789012345678}", 1e16, 1e15, 12345678901234567.0)
print(float(np.float32(0.1)), np.float32(0.1) == 0.1, np.float64(np.float32(0.1)), 0.1 == np.float64(0.1))
