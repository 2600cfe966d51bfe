print(3 in [1, 2, 3], 3 in (1, 2), "a" in {"a": 1}, 1 in {"a": 1}, 2 in {1, 2}, "bc" in "abcd")
print([1] in [[1], 2], None in [0, False], 0 in [False], 1.0 in [1])
