def make():
    calls = 0
    def f(x):
        nonlocal calls
        calls += 1
        return x * calls
    def count():
        return calls
    return f, count
f, count = make()
print([f(2) for _ in range(4)], count())
def running_mean():
    total = 0.0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add
m = running_mean()
print([m(v) for v in [1, 2, 3, 10]])
