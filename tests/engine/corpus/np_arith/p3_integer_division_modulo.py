import numpy as np

a = np.array([-7, -3, 0, 3, 7])
print(a // 2, a % 2, np.floor_divide(a, -2), np.mod(a, -3), np.remainder(a, 3))
print(a / 2, np.true_divide(a, 2), a // 2.0, a % 2.5)
print(divmod(a, 3))
print(np.divmod(a, -4))
with np.errstate(divide="ignore", invalid="ignore"):
    print(a // 0, a % 0, a / 0)
print(np.array([5], dtype=np.uint8) // 2, np.array([5], dtype=np.int8) // -2)
print(np.int64(-7) // 2, np.int64(-7) % 2, -7 // 2, -7 % 2)
print(np.float64(-7.5) // 2, np.float64(-7.5) % 2, -7.5 // 2, -7.5 % 2)
print(np.abs(np.array([-128], dtype=np.int8)), np.negative(np.array([0, 1], dtype=np.uint8)))
print(np.power(2, np.arange(5)), np.power(2.0, -np.arange(3)), np.square(np.array([3, -4])))
print(np.array([10, 20, 30]) * np.array([True, False, True]))
