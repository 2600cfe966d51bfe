import numpy as np

# int64 arithmetic past 2**53 whose exact results a double holds (NumPy wraps past 2**63): products and their sums
# (dot, @, tensordot, einsum, matrix_power), the minimum's negation and floor division by -1, shifts, bitwise ops,
# casts from uint64 and from floats. (Results no double holds raise NotImplementedError in the engine:
# tests/engine/python/numpy-int64-exact.test.ts.)
P = 2**62
print(np.dot(np.array([P]), np.array([4])), np.dot(np.array([P, P, -P]), np.array([2, 2, 3])))
print(np.dot(np.array([2**60, 3, -(2**60)]), np.array([8, 1, 8])), np.vdot(np.array([P, P]), np.array([2, 2])))
print(np.array([[2**61, 1], [3, 2**40]]) @ np.array([[4, 2**20], [0, 2**21]]))
print(np.array([[2**61, 2**61], [1, 2]]) @ np.array([2, 2]), np.inner(np.array([[P, P]]), np.array([[2, 2]])))
print(np.tensordot(np.array([[P, 1], [1, 1]]), np.array([[4, 0], [0, 4]]), axes=2))
print(np.einsum("ij,jk->ik", np.array([[P, P]]), np.array([[2], [2]])), np.einsum("ii", np.array([[P, 0], [0, P]])))
print(np.einsum("i,i,i->", np.array([2**30, 2**30]), np.array([2**30, 2**30]), np.array([4, 4])))
print(np.linalg.matrix_power(np.array([[2**31, 0], [0, 1]]), 2), np.linalg.matrix_power(np.array([[2**32, 0], [0, 3]]), 2))
# int32 products wrap in 32 bits (their double sums passed 2**53)
i32 = np.array([2**31 - 1] * 3, dtype=np.int32)
print(np.dot(i32, i32), i32.reshape(1, 3) @ i32.reshape(3, 1), np.einsum("i,i", i32, i32))
print(np.square(np.array([2**31 - 1, 46341], dtype=np.int32)), np.square(np.array([2**32 - 1, 65537], dtype=np.uint32)))

# reductions that wrap
print(np.array([[P, P], [P, P]]).sum(axis=0), np.array([P, 4]).prod(), np.cumsum(np.array([P, P, P, P])))
print(np.cumprod(np.array([2**40, 2**30, 2])), np.multiply.reduce(np.array([2**32, 2**32, 3])), np.diff(np.array([-P, P])))
print(np.trace(np.array([[P, 0], [0, P]])), np.ptp(np.array([-P, P])), np.polyval(np.array([2**60, 0]), 8))

# the minimum: -x, |x| and x // -1 are itself
M = np.array([-(2**63), 5, -(2**60)])
print(-M, np.negative(M), abs(M), np.absolute(M), M // -1)
print(np.array([2**60, -(2**60), 2**62]) // np.array([1024, 3 * 2**50, -(2**61)]), np.array([2**60, -(2**60)]) % 7)
print(np.square(np.array([2**31, 2**32, -(2**40)])), np.array([2, -2]) ** 63, np.array([2**32, 2**31]) ** 2)

# shifts and bitwise operations keep 64 bits
print(np.array([3, 1, -1, 5]) << np.array([62, 63, 63, 61]), np.array([3]) << 64)
print(np.array([-(2**63), 2**62, -(2**60)]) >> np.array([3, 61, 70]), ~np.array([2**53 - 1, -(2**53), 2**31]))
print(np.array([2**60 + 2**40, -(2**60)]) & np.array([2**62 - 2**40, -(2**61)]), np.array([2**60, -(2**62)]) | np.array([2**61, 2**61]))

# casts: uint64 past 2**63 wraps into int64; floats past int64 give its minimum (NumPy warns)
print(np.int64(np.uint64(2**63)), np.uint64(2**63).astype(np.int64), np.int64(np.uint64(2**64 - 2048)))
print(np.array([np.uint64(2**63), np.uint64(5)]).astype(np.int64), np.array([2**40 + 5, -(2**40) - 7, 2**60, -(2**63)]).astype(np.int32))
with np.errstate(invalid="ignore"):
    print(np.array([2.0**63, -(2.0**63), 1e19, -1e19, 2.0**62]).astype(np.int64), np.int64(np.float64(1e19)))
print(np.int8(np.int64(300)), np.int32(np.int64(2**40 + 1)), np.uint8(np.True_), np.int64(np.int32(-5)))
