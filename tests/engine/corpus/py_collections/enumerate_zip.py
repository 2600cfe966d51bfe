names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n, end=" ")
print()
print(list(enumerate("xy", 10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(dict(zip(names, range(3))))
