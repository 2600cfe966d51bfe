import numpy as np
a = np.array([True, False, True])
b = np.array([True, True, False])
print(a & b, a | b, a ^ b, ~a, np.logical_not(a), np.logical_and(a, b), np.logical_or(a, b), np.logical_xor(a, b))
print(a.sum(), a.mean(), a.any(), a.all(), np.count_nonzero(a), a.astype(int).sum(), a.dtype, a + b, (a + b).dtype)
print(a * 2, a * 1.5, -a.astype(int), np.sum([True, True]), a.argmax(), np.nonzero(a))
try:
    print(-a)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a - b)
except TypeError as e:
    print("TypeError:", e)
