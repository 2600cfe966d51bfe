import numpy as np
import itertools
import operator
from functools import reduce, partial

def read_batches(n, size):
    for i in range(0, n, size):
        yield np.arange(i, min(i + size, n))

def normalize(batches):
    for b in batches:
        yield (b - b.mean()) / (b.std() + 1e-8)

out = list(normalize(read_batches(10, 4)))
print([o.round(3).tolist() for o in out])
print(reduce(operator.add, [1, 2, 3]), reduce(operator.mul, range(1, 6)), operator.itemgetter(1)([5, 6]))
pairs = sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0))
print(pairs)
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.repeat("x", 3)), list(itertools.cycle([1, 2]))[:0] if False else list(itertools.islice(itertools.cycle([1, 2]), 5)))
print(list(itertools.combinations_with_replacement("ab", 2)), len(list(itertools.product(range(3), repeat=2))))
print(list(itertools.pairwise([1, 2, 4, 7])), list(itertools.tee([1, 2], 2)[1]))
scale = partial(np.multiply, 2.0)
print(scale(np.arange(3)), scale.func.__name__, scale.args)
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
it = iter([1, 2, 3])
print(next(it), next(it, None), next(it, None), next(it, "end"))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc".split()), min([], default=0))
print(dict(itertools.zip_longest("ab", [1])), list(map(operator.neg, [1, -2])), any([]), all([]))
