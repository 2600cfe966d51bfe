print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(sum([True, False, True, True]), max(True, 0.5), True == 1, False == 0.0)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 1).__name__)
print(int(True), float(True), str(True), repr(False))
l = ["a", "b"]
print(l[True], l[False])
print(isinstance(True, int), True is 1 == 1 if False else "skip")
print(3 * (2 > 1), (1 < 2) + (2 < 3))
