# corpus: traceback
def deco(fn):
    def wrapper(*a):
        return fn(*a) * 2
    return wrapper


@deco
def loss(x):
    return sum(1 / v for v in x)


print(loss([1, 2]))
print(loss([1, 0]))
