import numpy as np

# Python ints past 2**53 entering integer arrays: the values a double holds exactly (powers of two, their sums)
# are stored exactly on every path; ints NumPy cannot convert raise its errors. (Values no double holds raise
# NotImplementedError in the engine: tests/engine/python/numpy-int64-exact.test.ts.)
big = 2**60
a = np.zeros(3, dtype=np.int64)
a.fill(big)
b = np.zeros(3, dtype=np.int64)
b[0] = big
b[1:] = [2**62, -(2**62)]
print(np.array([big]), np.asarray([big, 1]), np.array([[2**62]]), repr(np.array(big)))
print(np.array([big], dtype=np.int64), np.array([big], dtype=int), np.array([big], dtype=float), np.array([big], dtype=object))
print(repr(np.int64(big)), repr(np.int64(-(2**63))), repr(np.uint64(2**63)), np.int64(big) == big)
print(np.full(2, big), np.full_like(np.zeros(2, dtype=int), 2**62), a, b)
print(np.arange(0, big, 2**58), np.arange(big, big + 3, dtype=float), np.arange(2**63, 2**63 + 2), np.arange(2**64, 2**64 + 2))
print(np.zeros(3, dtype=np.int64) + big, np.array([0, 2**59, -(2**59)]) + big, np.array([3, 5]) * 2**58, np.array([5]) // big)
print(np.array([big, 1], dtype=object).astype(np.int64), np.array([2.0**62]).astype(np.int64), np.array([big]).tolist())
c = np.zeros(2, dtype=np.int64)
np.copyto(c, big)
print(c, np.where([True, False], big, 0), np.maximum(np.array([1, 2**61]), big), np.insert(np.zeros(2, dtype=int), 1, big))

# inferred dtypes: uint64 and int64 together make float64, past both an object array
print(repr(np.array([2**63, -1])), repr(np.array([2**64])), repr(np.array([-(2**63) - 1])), repr(np.array([2**64, 1.5])))
print(repr(np.array([1.5, big])), repr(np.array([True, big])), repr(np.array([2**62, "a"])), repr(np.array([2**64, "a"])))

# comparisons with an int no double holds are exact
x = np.array([0, 2**53, 2**53 + 2])
n = 2**53 + 1
print(x < n, x <= n, x > n, x >= n, x == n, x != n, n < x, n >= x)
print(np.int64(2**53) < n, np.int64(2**53) == n, np.searchsorted(x, n), np.searchsorted(x, n, side="right"))
print(np.array([-(2**63)]) == -(2**63) - 1, np.array([1, 2], dtype=np.int8) < 2**70, x == 2**64)

# a float array takes such an int rounded, as NumPy does
f = np.zeros(2)
f[:] = [n, 1]
print(f, np.zeros(2) + n, np.array([n], dtype=float), np.array([1.0]) / n)

tries = [
    ("np.int64(2**63)", lambda: np.int64(2**63)),
    ("np.array([2**63], dtype=np.int64)", lambda: np.array([2**63], dtype=np.int64)),
    ("np.array([2**64], dtype=np.uint64)", lambda: np.array([2**64], dtype=np.uint64)),
    ("np.array([-(2**63) - 1], dtype=np.int8)", lambda: np.array([-(2**63) - 1], dtype=np.int8)),
    ("np.array([2**40], dtype=np.int32)", lambda: np.array([2**40], dtype=np.int32)),
    ("np.array([2**63], dtype=np.uint32)", lambda: np.array([2**63], dtype=np.uint32)),
    ("np.array([-1], dtype=np.uint64)", lambda: np.array([-1], dtype=np.uint64)),
    ("np.uint64(-1)", lambda: np.uint64(-1)),
    ("np.int32(2**40)", lambda: np.int32(2**40)),
    ("np.zeros(2, dtype=np.int64) + 2**64", lambda: np.zeros(2, dtype=np.int64) + 2**64),
    ("np.zeros(2, dtype=np.int32) + 2**60", lambda: np.zeros(2, dtype=np.int32) + 2**60),
    ("np.zeros(2, dtype=np.int8) + 2**63", lambda: np.zeros(2, dtype=np.int8) + 2**63),
    ("np.zeros(2) + 2**2000", lambda: np.zeros(2) + 2**2000),
    ("np.zeros(2) < 2**2000", lambda: np.zeros(2) < 2**2000),
    ("np.int64(1e19)", lambda: np.int64(1e19)),
    ("np.array([300], dtype=object).astype(np.uint8)", lambda: np.array([300], dtype=object).astype(np.uint8)),
    ("np.array([2**63], dtype=object).astype(np.int64)", lambda: np.array([2**63], dtype=object).astype(np.int64)),
    ("np.add(2**63, 1)", lambda: np.add(2**63, 1)),
]
for expr, f in tries:
    try:
        print(expr, "->", f())
    except (OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)

for value in [2**63, -(2**63) - 1, 2**64, 1e19, 300, -1, -1.0, 2.5]:
    for dt in [np.int64, np.int8, np.uint8] + [np.uint64] * (value in (-1, 300, 2**64)):
        z = np.zeros(2, dtype=dt)
        try:
            z[0] = value
            print(dt.__name__, value, z)
        except (OverflowError, ValueError) as e:
            print(dt.__name__, value, type(e).__name__, e)
