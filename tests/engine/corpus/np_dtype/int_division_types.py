import numpy as np
a = np.array([7, -7, 7, -7])
b = np.array([2, 2, -2, -2])
print(a // b, a % b, a / b, np.floor_divide(a, b), np.mod(a, b))
print(np.array([7.5, -7.5]) // 2, np.array([7.5, -7.5]) % 2, np.true_divide(1, 4))
with np.errstate(divide="ignore", invalid="ignore"):
    print(np.array([1, 0, -1]) / 0, np.array([1.0, 0.0]) / 0.0, np.array([1, 2]) // 0, np.array([1, 2]) % 0)
print(np.array([2]) ** 3, np.array([2]) ** -1.0, np.array([2.0]) ** 0.5, (np.array([2]) ** 2).dtype)
try:
    np.array([2]) ** -1
except ValueError as e:
    print("ValueError:", e)
