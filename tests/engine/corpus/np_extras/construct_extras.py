import numpy as np

m = np.arange(6).reshape(2, 3)
print(np.rot90(m), np.rot90(m, 2), np.rot90(m, -1), np.rot90(m, 4), np.rot90(m, k=3, axes=(1, 0)))
print(np.rot90(np.arange(8).reshape(2, 2, 2), axes=(1, 2)))
for f in [lambda: np.rot90(m, axes=(0, 0)), lambda: np.rot90(m, axes=(0, 2)), lambda: np.rot90(m, axes=(0,))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(np.tri(3), np.tri(2, 4, 1, dtype=int), np.tri(3, k=-1, dtype=bool))
print(np.kron([1, 10], [1, 2, 3]), np.kron(np.eye(2), np.array([[1, 2], [3, 4]])), np.kron([[1], [2]], [1.5, 2.5]))
print(np.indices((2, 3)), np.indices((3,)), np.indices((2, 2), dtype=float).dtype)
print(np.fromfunction(lambda i, j: i + 10 * j, (2, 3)), np.fromfunction(lambda i: i * i, (4,), dtype=int))
print(np.resize(np.array([1, 2, 3]), (2, 4)), np.resize(m, 4), np.resize(np.array([1.5]), (2, 2)))
try:
    np.resize(m, (-1, 2))
except Exception as e:
    print(type(e).__name__, e)
p = np.arange(6)
np.put(p, [0, 2, -1], [100, 200])
print(p)
p.put([1], 7.9)
print(p)
try:
    np.put(p, [10], 1)
except Exception as e:
    print(type(e).__name__, e)
z = np.zeros((3, 3), dtype=int)
np.fill_diagonal(z, 5)
print(z)
z = np.zeros((5, 3))
np.fill_diagonal(z, [1, 2], wrap=True)
print(z)
z = np.zeros((2, 2, 2))
np.fill_diagonal(z, 9)
print(z)
try:
    np.fill_diagonal(np.zeros(3), 1)
except Exception as e:
    print(type(e).__name__, e)
x = np.arange(10)
print(np.select([x < 3, x > 5], [x, x ** 2]), np.select([x < 3, x < 5], [x, -x], default=99))
print(np.select([x > 7], [x * 0.5]), np.select([np.array([True, False]), np.array([True, True])], [1, 2]))
for f in [lambda: np.select([x < 3], [x, x]), lambda: np.select([], []), lambda: np.select([x], [x])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([1.7, -2.2, 3.0])
print(np.astype(a, int), np.astype(a, np.float32), np.astype(np.array([0, 2]), bool), repr(np.astype(np.int64(3), float)))
try:
    np.astype([1, 2], float)
except Exception as e:
    print(type(e).__name__, e)
print(np.cross([1, 2, 3], [4, 5, 6]), np.cross([[1, 0, 0], [0, 1, 0]], [[0, 1, 0], [0, 0, 1]]), np.cross([1.0, 2, 3], [1, 0]))
try:
    np.cross([1, 2, 3, 4], [1, 2, 3])
except Exception as e:
    print(type(e).__name__, e)
