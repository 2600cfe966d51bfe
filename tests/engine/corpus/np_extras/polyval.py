import numpy as np

print(repr(np.polyval([3, 0, 1], 5)), repr(np.polyval([3, 0, 1], 5.0)), repr(np.polyval([3.5, -1, 2], [1, 2, 3])))
x = np.linspace(-2, 3, 11)
print(repr(np.polyval([0.1, -0.7, 1.3, 2.9, -4.1], x)))
print(repr(np.polyval(np.array([1.5, 2.25, -3], dtype=np.float32), np.float32([0.3, 1.7]))))
print(repr(np.polyval(np.array([1.5, 2.25, -3], dtype=np.float32), np.array([0.3, 1.7]))))
print(repr(np.polyval([1, 2, 3], np.float32([0.3, 1.7]))), repr(np.polyval(np.float32([1, 2, 3]), 0.3)))
print(repr(np.polyval([1, 2, 3], np.arange(6).reshape(2, 3))), repr(np.polyval([2, -1], np.arange(4, dtype=np.int32))))
print(repr(np.polyval([], [1.0, 2.0])), repr(np.polyval([], 2)), repr(np.polyval([7], [1, 2])), repr(np.polyval([7], 2.5)))
with np.errstate(over="ignore"):
    print(repr(np.polyval([1e300, 1e300], 1e10)))
print(repr(np.polyval([2**62, 1], 4)))
print(repr(np.polyval([True, False, True], [0.5, 2.0])), repr(np.polyval([1, 2], [True, False])))
print(repr(np.polyval(np.array([[1, 2], [3, 4]]), [10, 20])))
rng = np.random.default_rng(5)
for n in (1, 2, 5, 9):
    print(repr(np.polyval(rng.standard_normal(n), rng.standard_normal(4) * 3)))
