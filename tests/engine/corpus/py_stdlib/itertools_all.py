# itertools: every function, lazily (islice consumption, groupby sharing, tee buffering, infinite iterators)
import itertools as it
for f in [lambda: it.islice([1],-1), lambda: it.islice([1],0,1,0), lambda: it.islice([1],'a'), lambda: it.combinations([1],-1), lambda: it.permutations([1],-1), lambda: it.product([1], repeat=-1), lambda: it.count('a'), lambda: list(it.chain(1)), lambda: it.tee([1], -1), lambda:list(it.starmap(len, [1])), lambda: it.groupby(5), lambda: it.pairwise(1), lambda: it.zip_longest(1)]:
  try: r=f(); print(r if not hasattr(r,'__next__') else 'iter')
  except Exception as e: print(type(e).__name__, e)
print(list(it.accumulate([1,2,3], initial=10)), list(it.accumulate([3,1,4], max)), list(it.product('ab', repeat=2)), list(it.product()))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)))
print(list(it.permutations('abc')), list(it.permutations(range(4), 2)), list(it.permutations([], 0)))
print(list(it.islice(it.count(), 2, 10, 3)), list(it.islice('abcdefg', 3)), list(it.islice('abcdefg', 2, None)))
src = iter(range(10)); print(list(it.islice(src, 5, 3)), next(src))
src = iter(range(10)); print(list(it.islice(src, 0, 5, 3)), next(src))
print(list(it.islice(it.cycle('ab'), 5)), list(it.islice(it.repeat(7), 3)), list(it.repeat('x', 2)), list(it.cycle([])))
print(list(it.compress('abcdef', [1,0,1,0,1,1])), list(it.dropwhile(lambda x: x < 3, [1,4,1,5])), list(it.takewhile(lambda x: x < 3, [1,2,5,1])))
print(list(it.filterfalse(None, [0,1,'',2])), list(it.filterfalse(lambda x: x%2, range(6))), list(it.starmap(pow, [(2,3),(3,2)])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, len(list(g))) for k, g in it.groupby([1,2,3,4,5], key=lambda x: x > 2)])
groups = [(k, g) for k, g in it.groupby('aabbb')]; print([(k, list(g)) for k, g in groups])
a, b = it.tee(iter([1,2,3])); print(list(a), list(b), len(it.tee([1], 3)))
print(list(it.pairwise('abcd')), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['ab', 'cd'])), list(it.count(1.5, 0.5))[:0] if False else list(it.islice(it.count(1.5, 0.5), 3)))
def gen():
    i = 0
    while True:
        yield i
        i += 1
print(next(it.dropwhile(lambda x: x < 5, it.count())), sum(it.islice(it.count(), 100)))
print(hasattr(it, 'batched'))
