# corpus: traceback
def f(xs):
    return [
        10 / x
        for x in xs
    ]
print(f([1, 2]))
try:
    f([1, 0])
except ZeroDivisionError as e:
    print("caught", e)
s = {1 // x for x in [1, 0]}
