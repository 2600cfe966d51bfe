import numpy as np
a = np.array([1, 2, 3, 4])
b = np.array([10, 20, 30, 40])
print(a + b, a - b, a * b, b / a, b // a, b % 3, a ** 2, -a, +a, abs(-a))
print(a + 1, 1 - a, 2 * a, a / 2, 1 / a, 2 ** a, a ** 0.5)
x = np.array([1.5, -2.5])
print(x * 2, x / 0.5, x - 1, x ** 2, 10 - x)
