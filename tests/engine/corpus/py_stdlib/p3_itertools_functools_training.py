import itertools
import functools
import operator
import numpy as np

grid = {"lr": [0.1, 0.01], "hidden": [16, 32], "act": ["relu", "tanh"]}
combos = list(itertools.product(*grid.values()))
print(len(combos), combos[:3])
configs = [dict(zip(grid, c)) for c in combos]
print(configs[-1])
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.permutations("abc", 2))[:4])
for key, group in itertools.groupby(sorted(["cat", "cow", "dog", "duck", "ant"]), key=lambda w: w[0]):
    print(key, list(group))
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.pairwise([1, 4, 9, 16])))
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda a, b: a @ b, [np.eye(2) * 2] * 3))
shapes = [(784, 100), (100, 50), (50, 10)]
print(sum(functools.reduce(operator.mul, s) for s in shapes))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(50), fib.cache_info())
relu = functools.partial(np.maximum, 0)
print(relu(np.array([-1.0, 2.0])))
batches = [list(b) for b in itertools.batched(range(7), 3)] if hasattr(itertools, "batched") else "no batched"
print(batches)
