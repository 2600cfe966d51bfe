counter = [0]
def tick(step=len(counter)):
    counter.append(step)
    return counter
print(tick(), tick(), tick(5))
def f(a, b=None, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1), f(1, 2, 3, 4, c=5, d=6))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, c=1, c2=2, b=3)
    print("ok")
    f(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)
