t = (1, 2, 3)
print(t, t + (4,), t * 2, len(t), t[0], t[-1], t.index(2), t.count(1))
print((1,), (), tuple([1, 2]), tuple("ab"), 1, (1))
a, b, c = t
print(a + b + c)
print(max(t), min(t), sum(t), sorted(t, reverse=True))
nested = ((1, 2), (3, 4))
print(nested[1][0], [x for p in nested for x in p])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 2, 0))
shape = (3, 4)
print(shape[0] * shape[1], (2,) + shape, "%d x %d" % shape)
