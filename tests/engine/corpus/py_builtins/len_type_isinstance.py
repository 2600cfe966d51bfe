print(len([1, 2]), len("abc"), len({1: 2}), len(set()), len(range(10)), len((1,)))
for v in [1, 1.0, "s", [1], (1,), {1: 1}, {1}, None, True, range(1), len, lambda: 0]:
    print(type(v).__name__, end=" ")
print()
print(type(1), type("s"), type(None), type([]) is list)
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int), isinstance("a", str), isinstance([], (tuple, dict)))
print(type(3)(4.7), type("")(5), str.__name__)
