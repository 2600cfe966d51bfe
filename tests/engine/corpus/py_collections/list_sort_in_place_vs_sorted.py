a = [5, 2, 8, 1]
b = sorted(a)
a.sort(key=lambda x: -x)
print(a, b)
pairs = [[3, "c"], [1, "a"], [2, "b"]]
pairs.sort()
print(pairs)
names = ["b", "A", "c", "B"]
names.sort(key=str.lower)
print(names)
nested = [[1, 2], [1], [0, 5, 1]]
print(sorted(nested), sorted(nested, key=len), sorted(nested, key=sum))
