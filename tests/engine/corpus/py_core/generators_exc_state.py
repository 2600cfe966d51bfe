# A generator paused inside an except clause keeps its exception to itself; yield inside try/finally and with.
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False

def g():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        yield 2
it = g()
next(it)
try:
    raise ValueError("outside")
except ValueError as e:
    print(repr(e), e.__context__)

def w():
    with Ctx() as c:
        yield "in"
        yield "still in"
    yield "out"
for v in w():
    print(v)

def acc():
    total = 0
    try:
        while True:
            total += yield total
    finally:
        print("final total", total)
a = acc()
next(a)
for k in range(1, 4):
    print(a.send(k))
a.close()
print(a.send.__name__ if hasattr(a.send, "__name__") else "send")
try:
    next(a)
except StopIteration:
    print("closed generator is exhausted")

def gen():
    yield 1
    yield 1 / 0
def use():
    return list(gen())
use()
