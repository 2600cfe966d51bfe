print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("hello"), max([1, 5, 2], key=lambda x: -x))
print(max([], default=None), min([], default=-1), max([(1, "b"), (1, "a")]), max(1, 2.0), min(2, 2.0))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 0), sum([[1], [2]], []), sum(range(4), 10), sum([0.1] * 3))
print(max({"a": 3, "b": 1}, key=lambda k: -ord(k)), min([[3], [1, 2]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(max(3, True), min(float("nan"), 1), max(1, float("nan")))
