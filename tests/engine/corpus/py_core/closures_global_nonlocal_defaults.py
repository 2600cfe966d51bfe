import numpy as np
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(3):
    increment()
print(counter)
def make_optimizer(lr):
    state = {"t": 0}
    def step(p, g):
        state["t"] += 1
        return p - lr * g
    def get_t():
        return state["t"]
    return step, get_t
step, get_t = make_optimizer(0.1)
p = np.array([1.0, 2.0])
for _ in range(5):
    p = step(p, 2 * p)
print(p, get_t())
funcs = [lambda x: x * i for i in range(3)]
print([f(2) for f in funcs])
funcs2 = [lambda x, i=i: x * i for i in range(3)]
print([f(2) for f in funcs2])
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
def f():
    try:
        print(undefined_var)
    except NameError as e:
        print("NameError:", e)
    y = 1
    def g():
        return y + 1
    return g()
print(f())
def uses_before_assign():
    try:
        print(z)
        z = 3
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
uses_before_assign()
x = 10
def shadow():
    x = 5
    return x
print(shadow(), x)
print([y for y in range(3)])
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
def kw_only(a, *, scale=1.0, **rest):
    return a * scale, rest
print(kw_only(2, scale=3, name="x"), kw_only(*[4]), kw_only(**{"a": 5}))
def varargs(*args, **kwargs):
    return len(args), sorted(kwargs)
print(varargs(1, 2, k=3, j=4), varargs(*range(5)))
