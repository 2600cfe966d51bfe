import builtins
sum = 0
print(builtins.sum([1, 2, 3]), builtins.len("abc"), builtins.__name__)
print(hasattr(builtins, "print"), 'abs' in dir(builtins), builtins.max is max)
try:
    builtins.nope
except AttributeError as e:
    print(e)
del sum
print(sum([4, 5]))
