# shifts: booleans shift as int8, a negative or too large count gives 0 (-1 for a negative number shifted right);
# dtype character codes and names
import numpy as np

print(np.left_shift(True, True), np.left_shift(np.array([True]), np.array([True])).dtype, np.array([True]) << 1)
print(np.right_shift(np.array([True, False]), True), np.bool_(True) << np.bool_(True))
print(np.right_shift(np.int64(7), -3), np.left_shift(np.int64(7), -3), np.left_shift(np.int8(7), 9))
print(np.right_shift(np.int8(-7), 9), np.right_shift(np.int8(-7), -1), np.left_shift(7, 64), np.right_shift(np.uint8(200), np.uint8(9)))
print(np.array([1, 2, -8]) >> np.array([-1, 70, 2]), np.array([1, 2, -8]) << np.array([-1, 70, 2]))
print(np.array([1, 2, -8], dtype=np.int32) << np.array([-1, 31, 2], dtype=np.int32))
for code in ["p", "P", "n", "N", "intc", "uintp", "ulong", "l", "L", "i", "I", "h", "H", "b", "B", "e", "f", "d", "?"]:
    print(code, repr(np.zeros(1, dtype=code)), np.dtype(code))
for code in ["float_", "x", "i3"]:
    try:
        np.dtype(code)
    except TypeError as e:
        print(code, e)
