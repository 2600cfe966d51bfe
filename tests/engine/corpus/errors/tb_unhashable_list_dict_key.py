# corpus: traceback
counts = {}
pairs = [[0, 1], [1, 2], [0, 1]]
for p in pairs:
    counts[p] = counts.get(p, 0) + 1
print(counts)
