a = [1, 2, 3]
b = "xy"
print(list(zip(a, b)), list(enumerate(b, 1)), len(list(zip(a, a, a))))
for i, (x, y) in enumerate(zip(a, a[1:])):
    print(i, x, y, y - x)
print(dict(enumerate("abc")), list(map(lambda p: p[0] * p[1], zip(a, [4, 5, 6]))))
try:
    list(zip(a, b, strict=True))
except ValueError as e:
    print("ValueError:", e)
