print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(4)] for i in range(3)])
print([c for w in ["ab", "cd"] for c in w])
print({x: x ** 2 for x in range(5)}, {x % 3 for x in range(10)})
print([x if x > 2 else -x for x in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(r) for r in matrix])
x = "outer"
_ = [x for x in range(3)]
print(x)
