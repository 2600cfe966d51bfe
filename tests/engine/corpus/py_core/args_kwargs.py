def f(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)

f()
f(1, 2, 3)
f(a=1, b=2)
f(1, "x", key=None, other=[1, 2])

def g(a, b, *rest, scale=1, **opts):
    return (a + b) * scale, rest, sorted(opts.items())

print(g(1, 2))
print(g(1, 2, 3, 4, scale=10, z=1, y=2))

nums = [3, 4]
opts = {"scale": 2}
print(g(*nums, **opts))
print(g(*[1, 2, 3], *[4, 5]))

def h(a, b=2, *, c, d=4):
    return a, b, c, d

print(h(1, c=3))
print(h(1, 5, c=3, d=0))
