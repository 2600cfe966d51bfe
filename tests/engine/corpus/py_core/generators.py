def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

def pairs(xs):
    for i, x in enumerate(xs):
        for y in xs[i + 1:]:
            yield x, y

print(list(pairs([1, 2, 3, 4])))
print(sum(x * x for x in range(10)))
gen = (c.upper() for c in "abc")
print("".join(gen))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6))))
