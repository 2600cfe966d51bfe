# Lazy generators: send, yield from and its return value, close/GeneratorExit, throw, infinite generators,
# StopIteration inside a generator body.
def gen(n):
    print("start")
    for i in range(n):
        print("before", i)
        x = yield i
        print("got", x)
    return "done"

g = gen(3)
print(type(g).__name__, repr(g).split(" at ")[0])
print(next(g))
print(g.send("a"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def inf():
    i = 0
    while True:
        yield i
        i += 1
print(list(zip(inf(), "abc")))
sq = (x * x for x in inf())
print(next(sq), next(sq), next(sq))

def inner():
    a = yield 1
    print("inner got", a)
    yield 2
    return "inner-ret"
def outer():
    r = yield from inner()
    print("r =", r)
    yield 3
o = outer()
print(next(o)); print(o.send("hi")); print(next(o))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")
c = closer(); next(c); c.close(); print("closed")

def thrower():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", e)
t = thrower(); next(t); print(t.throw(ValueError("boom")))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__))
g2 = (i for i in range(3))
print(list(g2), list(g2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(sum(x for x in range(10) if x % 2))
