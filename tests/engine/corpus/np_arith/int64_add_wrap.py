# int64 sums and differences wrap modulo 2**64 as NumPy's (results a double holds exactly)
import numpy as np

a = np.array([2**62, -(2**62), 2**40])
print(a + a, a - (-a), np.array([-(2**63)]) - np.array([2**63 - 1024]), a + 2**62)
print(np.int64(2**62) + np.int64(2**62), np.int64(-(2**63)) - np.int64(2**62), np.array([[2**62], [2**20]]) + np.array([2**62, 2**30]))
b = np.array([2**62, 2**12])
b += 2**62
print(b, np.add(np.array([2**62]), np.array([2**62])), np.subtract(np.array([7, 2**40]), 2**40))
print(np.array([1, 2], dtype=np.int32) + np.array([2**31 - 1, 3], dtype=np.int32), np.array([5, 6]) - 7)
