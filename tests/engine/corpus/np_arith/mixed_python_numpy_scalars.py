import numpy as np
x = np.float64(2.0)
print(x * 3, 3 * x, x ** 2, x / 4, type(x * 3).__name__, type(2 * np.int64(3)).__name__)
print(1 + np.array(2), type(1 + np.array(2)).__name__, np.array(2) * np.array(3))
print(sum(np.array([1.5, 2.5])), type(sum(np.array([1, 2]))).__name__, max(np.array([3, 1])))
print([v * 2 for v in np.array([1, 2])], np.float64(0.1) * 3, 0.1 * 3)
print(np.int64(10) / np.int64(4), np.int64(-7) // 2, np.int64(-7) % 3, round(np.float64(2.5)), round(np.float64(2.567), 2))
print(abs(np.float64(-1.5)), -np.int64(3), np.float64(3) == 3, np.int64(3) in [1, 2, 3])
