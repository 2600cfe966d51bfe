def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def make_adders():
    return [lambda x: x + i for i in range(3)]

print([a(100) for a in make_adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())
