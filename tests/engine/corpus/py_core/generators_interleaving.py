# Generators interleave their prints with the consumer's; send/throw protocols; generator expressions are lazy.
import itertools
def tb():
    yield 1
    x = 1 / 0
    yield 2
def consumer():
    for v in tb():
        print(v)
try:
    consumer()
except ZeroDivisionError as e:
    print("zde", e)
def gen_with_finally():
    try:
        for i in range(3):
            yield i
    finally:
        print("cleanup")
print(list(gen_with_finally()))
def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
c = counter()
next(c)
print(c.send(5), c.send(7))
try:
    c.send(None)
except StopIteration:
    print("stopped")
try:
    c2 = counter(); c2.send(1)
except TypeError as e:
    print(e)
def g3():
    yield from [1, 2, 3]
    yield from range(2)
    yield from (x * 10 for x in range(2))
print(list(g3()))
def nested():
    def sub():
        yield (yield 1) * 2
    g = sub()
    print(next(g))
    print(g.send(21))
nested()
gen = (x for x in [1, 2])
print(type(gen).__name__)
print(iter(gen) is gen)
def fn():
    yield 1
print(fn.__name__, fn().__class__.__name__)
def echo():
    r = None
    while True:
        try:
            r = yield r
        except Exception as e:
            r = repr(e)
e = echo(); next(e)
print(e.throw(KeyError, "k"))
print(e.throw(ValueError("v")))
g = (print("x", i) or i for i in range(3))
print("made")
for v in g:
    print("loop", v)
def pairs():
    for i in range(3):
        for j in range(2):
            yield i, j
print(dict.fromkeys(pairs()))
print(list(map(lambda t: t[0] + t[1], pairs())))
print(sorted(pairs(), reverse=True)[:2])
print(any(x > 2 for x in itertools.count()))
print(next(x for x in range(10) if x > 5))
print(max((len(w), w) for w in "a bb ccc".split()))
def lines():
    yield "a"
    print("between")
    yield "b"
for l in lines():
    print("got", l)
print(list(enumerate(lines())))
