def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("returned", r)
        return r
    return wrapper

@trace
def add(a, b=1):
    return a + b

add(2)
add(2, b=5)

def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("x"))
