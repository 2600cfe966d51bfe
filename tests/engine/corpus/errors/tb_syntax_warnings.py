# corpus: traceback
def accuracy(y, t):
    if len(y) is 0:
        return 0.0
    hits = sum(1 for a, b in zip(y, t) if a == b)
    return hits / len(y)


labels = [1, 0, 1]
print(accuracy([1, 1, 1], labels))
assert (len(labels) == 3, "three labels")
flag = "ok" is not "ng"
print(flag)
shapes = [(2, 3) (3, 4)]
