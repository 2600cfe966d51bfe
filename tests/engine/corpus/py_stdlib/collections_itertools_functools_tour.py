import itertools
import functools
from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
import numpy as np

words = "the cat sat on the mat the end".split()
freq = Counter(words)
print(freq)
print(freq.most_common(2), freq["dog"], sum(freq.values()))
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print(dict(by_len))
print(sorted(by_len.items(), key=lambda kv: (-len(kv[1]), kv[0])))
window = deque(maxlen=3)
for w in words:
    window.append(w)
print(window, list(window))
Batch = namedtuple("Batch", ["x", "t"])
b = Batch(np.zeros((2, 3)), np.array([1, 0]))
print(b.x.shape, b.t, b._fields)
print(b._replace(t=np.array([0, 0])).t)
pairs = list(itertools.combinations(range(4), 2))
print(pairs)
print(list(itertools.product([0.1, 0.01], [32, 64])))
print(list(itertools.permutations("abc", 2))[:4])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted(words))])
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(zip(*[iter(range(9))] * 3)))
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(functools.reduce(lambda a, b: a @ b, [np.eye(2) * 2, np.array([[1, 2], [3, 4]]), np.eye(2)]))
print(functools.reduce(np.maximum, [np.array([1, 5]), np.array([3, 2]), np.array([0, 7])]))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
relu = functools.partial(np.maximum, 0)
print(relu(np.array([-1.0, 2.0])))
od = OrderedDict(sorted(freq.items(), key=lambda x: x[1], reverse=True))
od.move_to_end("the")
print(list(od.items()))
print(Counter("hello") + Counter("world"), Counter("aab") - Counter("ab"))
