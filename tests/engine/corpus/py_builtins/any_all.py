print(any([0, 0, 1]), all([1, 1, 0]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any([]), all([]), any("a"), all(["", "x"]), all([[]]) , any([[0]]))
