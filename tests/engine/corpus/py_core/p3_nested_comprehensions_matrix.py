import numpy as np

M = [[1, 2, 3], [4, 5, 6]]
T = [[row[i] for row in M] for i in range(len(M[0]))]
print(T)
print([x for row in M for x in row if x % 2])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print({(i, j): i * j for i in range(2) for j in range(2)})
print({x % 3 for x in range(10)})
def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(matmul(M, T))
print(np.array(matmul(M, T)) == np.array(M) @ np.array(T))
flat = sum(M, [])
print(flat)
print(list(zip(*M)))
print(list(map(list, zip(*M))))
pairs = sorted(zip(["b", "a", "c"], [2, 3, 1]), key=lambda p: (p[1] % 2, p[0]))
print(pairs)
print(sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([3, -1, 2, -5], key=abs), sorted("HelloWorld", key=str.lower))
print([(i, c) for i, c in enumerate("abc", start=1)])
print(dict(enumerate("xy")), list(reversed(range(3))))
print([i for i in range(20) if all(i % p for p in range(2, i)) and i > 1])
x = [[0] * 3] * 2
x[0][0] = 1
print(x)
y = [[0] * 3 for _ in range(2)]
y[0][0] = 1
print(y)
print(any(v > 5 for row in M for v in row), max(max(r) for r in M), min(M, key=sum))
