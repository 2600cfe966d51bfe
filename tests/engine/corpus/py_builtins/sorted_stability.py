pairs = [(1, "d"), (0, "c"), (1, "a"), (0, "b"), (1, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
l = [3, 1, 2]
print(l.sort(), l)
