def f(x):
    return x
class = 3
