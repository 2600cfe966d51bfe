x = 2.5
print(x.is_integer(), (3.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(int(-0.9999), int(0.9999999999999999), 1e-7, 1.0e-7 * 10)
print(1.0 - 0.9, 100 * 1.1, 0.1 ** 3, 1 / 7)
print(sum([0.1] * 10), 0.1 * 10)
import math
print(math.fsum([0.1] * 10))
