print(str(12), str(1.5), str([1, "a"]), str((1,)), str({"a": [1]}), str(None))
print(int("7"), int(7.9), float("1e3"), bool("False"), list("ab"), tuple([1]), set("aab") == {"a", "b"})
print(list({"x": 1, "y": 2}), list(range(3)), tuple(range(3)), dict([(1, 2)]))
print(repr(1.0), repr("x"), repr([1.0, "x"]), repr(None))
print(int("  -12  "), float("inf"), float("-nan"), float("1_000.5"))
try:
    int("1.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
