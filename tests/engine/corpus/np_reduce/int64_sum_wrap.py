# int64 sums wrap modulo 2**64 as NumPy's; partial sums past 2**53 are added exactly (results a double holds)
import numpy as np

v = np.array([4, 0.25, 0, -2, -2, 3.5]).reshape(2, 3)
with np.errstate(invalid="ignore"):
    w = (v ** np.float32(1.5)).astype(np.int64)
print(w.sum(), np.sum(w), np.sum(w, axis=1), w.sum(axis=(0, 1)))
big = np.array([2**62, 2**62, 2**62, 5], dtype=np.int64)
print(np.sum(np.array([2**53, 1, -(2**53)])), np.sum(np.array([[2**62, 2**62], [2**40, 2**50]]), axis=0))
print(np.sum(np.array([2**62, 2**62, 2**62, 2**62, 6])), np.sum(big[:2]), np.sum(np.array([-(2**63), -(2**63), 7])))
print(np.array([1, 2, 3]).sum(), np.sum(np.arange(10**5)), np.sum(np.array([-(2**53), -(2**53), 2**54 + 8])))
print(np.cumsum(np.array([2**62, 2**62, 2**62, 2**62, 2**10])), np.cumsum(np.array([[2**62, 1], [2**62, 2]]), axis=0))
