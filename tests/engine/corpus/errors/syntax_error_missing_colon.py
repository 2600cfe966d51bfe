print("before")
def f(x)
    return x
