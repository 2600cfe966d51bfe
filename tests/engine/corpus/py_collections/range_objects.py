print(range(5), list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), list(range(0)))
r = range(10)
print(r[::-1], list(r[::-1]), r[2:5], r[-1], len(range(0, 100, 7)), 14 in range(0, 100, 7))
print(list(range(5)[::-1]), list(range(1, 11)[::3]), range(3) == range(0, 3))
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print(range(1, 10, 2).index(5), range(10).count(3))
