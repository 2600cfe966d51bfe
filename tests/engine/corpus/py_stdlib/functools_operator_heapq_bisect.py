# functools, operator, heapq and bisect
import functools, operator, heapq, bisect
def f(a, b=2): return a+b
p = functools.partial(f, 1, b=3); print(p.func is f, p.args, p.keywords, p())
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1)+fib(n-2)
print(fib(30), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@functools.cache
def g(x): return x
g(1); g(1); print(g.cache_info())
try: g([1])
except Exception as e: print(type(e).__name__, e)
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
print(operator.itemgetter(1), operator.itemgetter(1, 'a'), operator.attrgetter('x.y'), operator.methodcaller('f', 1, k=2))
print(operator.itemgetter(0, 2)('abc'), sorted([(1,'b'),(0,'c')], key=operator.itemgetter(1)), operator.methodcaller('upper')('ab'))
try: functools.reduce(operator.add, [])
except Exception as e: print(type(e).__name__, e)
print(functools.reduce(operator.mul, range(1, 6), 10), heapq.nlargest(2, [3,1,4,1,5]), heapq.nsmallest(2, [3,1,4], key=lambda x: -x))
h=[5,3,8,1,9,2]; heapq.heapify(h); print(h); print(heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
h = []
for x in [5, 1, 8, 3, 2, 9, 4]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
print(list(heapq.merge([1,3,5],[2,4,6])), list(heapq.merge([5,3],[4,1], reverse=True)), list(heapq.merge(['a', 'BB'], ['c'], key=len)))
try: heapq.heappop([])
except Exception as e: print(type(e).__name__, e)
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) >= V(2))
print(sorted([3,1,2], key=functools.cmp_to_key(lambda a, b: b - a)))
class C:
    @functools.cached_property
    def x(self): print('calc'); return 5
    @functools.lru_cache()
    def m(self, k): return k * 2
c = C(); print(c.x, c.x, c.m(3), c.m(3), C.m.cache_info())
def deco(fn):
    @functools.wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello():
    "doc"
    return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello())
print(operator.add(1, 2), operator.neg(3), operator.not_(0), operator.truediv(1, 4), operator.contains([1], 1), operator.abs(-2), operator.mul('a', 3), operator.lt(1, 2))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
r = [(1, 'a'), (3, 'b')]; bisect.insort(r, (2, 'c'), key=lambda t: t[0]); print(r, bisect.bisect_left(r, 2, key=lambda t: t[0]))
for fx in [lambda: bisect.bisect_left([1], 1, -1), lambda: heapq.heappush(1, 1), lambda: heapq.heapify((1,)), lambda: heapq.heapreplace([], 1), lambda: operator.itemgetter(5)([1])]:
    try: fx()
    except Exception as e: print(type(e).__name__, e)
